import { Field, InputType } from 'type-graphql';
import { NAME_CONTAINS_DESCRIPTION } from '../search/name-filter.js';
import { AdministrativeStatus } from './province.enums.js';

@InputType({ description: 'Narrows the provinces list.' })
export class ProvinceFilter {
  @Field(() => AdministrativeStatus, { nullable: true, description: 'Only ACTIVE or only MERGED provinces.' })
  status?: AdministrativeStatus | null;
  @Field(() => String, { nullable: true, description: NAME_CONTAINS_DESCRIPTION })
  nameContains?: string | null;
}
