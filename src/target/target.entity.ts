import { connectionOf } from '../common/connection.js';
import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { field, Searchable } from '../search/searchable.js';
import { SearchType } from '../search/search.types.js';
import { Field, ObjectType } from 'type-graphql';
import { PlanDecision } from '../decision/decision.entity.js';
import { Figure } from '../indicator/figure.entity.js';
import { Node } from '../node/node.type.js';

@Searchable(SearchType.TARGET, [field('statement', 'vi', true), field('statementEn', 'en', true)])
@Entity({ tableName: 'target' })
@ObjectType('Target', { implements: Node, description: "A goal set by a document: 'GRDP growth about 10%/year', 'S&T spending 1.5-2% of budget'." })
export class Target extends Figure {
  static override readonly naturalKey = 'key';

  @ManyToOne(() => PlanDecision)
  decision!: Rel<PlanDecision>;

  @Field(() => String, { description: 'The target as the document words it, in short Vietnamese.' })
  @Property({ type: 'text' })
  statement!: string;

  @Field(() => String, { description: 'The target in English.' })
  @Property({ type: 'text' })
  statementEn!: string;
}

export const TargetConnection = connectionOf(Target, 'targets');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    Target: Target;
  }
}
