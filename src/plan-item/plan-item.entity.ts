import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FactEntity } from '../common/base.entity.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Node } from '../node/node.type.js';
import { field, Searchable } from '../search/searchable.js';
import { SearchType } from '../search/search.types.js';
import { PlanItemArea, PlanItemKind } from './plan-item.enums.js';

@Searchable(SearchType.PLAN_ITEM, [field('title', 'vi', true), field('titleEn', 'en', true)])
@Entity({ tableName: 'plan_item' })
@ObjectType('PlanItem', {
  implements: Node,
  description: 'One entry of a list a document enumerates: an orientation, a requirement, a task group, a solution.',
})
export class PlanItem extends FactEntity {
  static override readonly naturalKey = 'key';

  @Field(() => String, { description: 'Stable ASCII key: "lang-son-1371-task-5".' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @ManyToOne(() => PlanDecision)
  decision!: Rel<PlanDecision>;

  @Field(() => PlanItemKind, { description: 'Which list of the document it belongs to.' })
  @Enum({ items: () => PlanItemKind })
  kind!: PlanItemKind;

  @Field(() => Int, { description: 'Position in its list, from 1, as the document orders it.' })
  @Property({ type: 'integer' })
  ordinal!: number;

  @Field(() => String, { description: 'The item in short Vietnamese.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'The item in English.' })
  @Property({ type: 'text' })
  titleEn!: string;

  @Field(() => PlanItemArea, { description: 'The field it addresses.' })
  @Enum({ items: () => PlanItemArea })
  area!: PlanItemArea;
}

declare module '../data/entity-types.js' {
  interface EntityTypes {
    PlanItem: PlanItem;
  }
}
