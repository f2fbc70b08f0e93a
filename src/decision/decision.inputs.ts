import { Field, InputType } from 'type-graphql';
import { NAME_CONTAINS_DESCRIPTION } from '../search/name-filter.js';
import { DecisionKind } from './decision.enums.js';

@InputType({ description: 'Narrows the decisions list.' })
export class DecisionFilter {
  @Field(() => String, { nullable: true, description: 'Only documents of the province with this statistics code ("04").' })
  provinceCode?: string | null;

  @Field(() => DecisionKind, { nullable: true, description: 'Only documents of this kind.' })
  kind?: DecisionKind | null;
  @Field(() => String, { nullable: true, description: NAME_CONTAINS_DESCRIPTION })
  nameContains?: string | null;
}
