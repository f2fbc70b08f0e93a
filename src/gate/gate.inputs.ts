import { Field, InputType } from 'type-graphql';
import { NAME_CONTAINS_DESCRIPTION } from '../search/name-filter.js';
import { GateType } from './gate.enums.js';

@InputType({ description: 'Narrows the gates list; all given conditions must hold.' })
export class GateFilter {
  @Field(() => String, { nullable: true, description: 'Only gates of the province with this statistics code.' })
  provinceCode?: string | null;

  @Field(() => GateType, { nullable: true, description: 'Only gates whose current type is this.' })
  type?: GateType | null;
  @Field(() => String, { nullable: true, description: NAME_CONTAINS_DESCRIPTION })
  nameContains?: string | null;
}
