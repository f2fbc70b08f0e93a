import { Field, InputType } from 'type-graphql';
import { AdministrativeStatus } from '../common/enums.js';

@InputType({ description: 'Narrows the provinces list.' })
export class ProvinceFilter {
  @Field(() => AdministrativeStatus, { nullable: true, description: 'Only ACTIVE or only MERGED provinces.' })
  status?: AdministrativeStatus | null;
}
