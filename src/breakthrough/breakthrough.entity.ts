import { connectionOf } from '../common/connection.js';
import { Embedded, Entity, Enum, ManyToOne, Property, type Rel, ManyToMany } from '@mikro-orm/core';
import { field, Searchable } from '../search/searchable.js';
import { SearchType } from '../search/search.types.js';
import type { Related } from '../data/entity-types.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { FactEntity } from '../common/base.entity.js';
import { BreakthroughArea } from './breakthrough.enums.js';
import { Period } from '../common/period.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Node } from '../node/node.type.js';
import { Province } from '../province/province.entity.js';

@Searchable(SearchType.BREAKTHROUGH, [field('title', 'vi', true), field('titleEn', 'en', true)])
@Entity({ tableName: 'breakthrough' })
@ObjectType('Breakthrough', { implements: Node, description: 'A strategic breakthrough ("khâu đột phá") that a document sets for a province.' })
export class Breakthrough extends FactEntity {
  static override readonly naturalKey = 'key';

  @Field(() => String, { description: 'Stable ASCII key, e.g. "cao-bang-congress-20-2".' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => Int, { description: "Position in the document's list, from 1." })
  @Property({ type: 'integer' })
  ordinal!: number;

  @Field(() => String, { description: 'The breakthrough in short Vietnamese.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'The breakthrough in English.' })
  @Property({ type: 'text' })
  titleEn!: string;

  @Field(() => BreakthroughArea, { description: 'The field it addresses.' })
  @Enum({ items: () => BreakthroughArea })
  area!: BreakthroughArea;

  @ManyToOne(() => Province)
  province!: Rel<Province>;

  @ManyToOne(() => PlanDecision)
  decision!: Rel<PlanDecision>;

  @Field(() => Period, { nullable: true, description: 'The term it is set for: 2025–2030.' })
  @Embedded(() => Period, { nullable: true, prefix: 'period_' })
  period?: Period | null;

  // Inverse sides: the relations the other entities own, seen from here (read through the loaders).
  @ManyToMany({ entity: 'Project', mappedBy: 'breakthroughs' })
  projects!: Related<'Project'>;
}

export const BreakthroughConnection = connectionOf(Breakthrough, 'breakthroughs');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    Breakthrough: Breakthrough;
  }
}
