import { connectionOf } from '../common/connection.js';
import { Entity, Enum, Property, OneToMany } from '@mikro-orm/core';
import { field, Searchable } from '../search/searchable.js';
import { SearchType } from '../search/search.types.js';
import type { Related } from '../data/entity-types.js';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../common/base.entity.js';
import { IndicatorCategory, Unit } from './indicator.enums.js';
import { Node } from '../node/node.type.js';

@Searchable(SearchType.INDICATOR, [field('name', 'vi', true), field('nameEn', 'en', true), field('code', null, true)])
@Entity({ tableName: 'indicator' })
@ObjectType('Indicator', { implements: Node, description: 'A measurable quantity that targets aim at and observations measure, comparable across provinces.' })
export class Indicator extends NodeEntity {
  static override readonly naturalKey = 'code';

  @Field(() => String, { description: 'Stable code shared across provinces: GRDP_GROWTH, GRDP_PER_CAPITA, IMPORT_EXPORT_TURNOVER, …' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field(() => String, { description: 'Vietnamese name.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'English name.' })
  @Property({ type: 'string' })
  nameEn!: string;

  @Field(() => IndicatorCategory, { description: 'Broad grouping for dashboards.' })
  @Enum({ items: () => IndicatorCategory })
  category!: IndicatorCategory;

  @Field(() => Unit, { description: 'The usual unit; each target and observation states its own.' })
  @Enum({ items: () => Unit })
  unit!: Unit;

  @Field(() => String, { nullable: true, description: 'What the indicator measures, in English.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  // Inverse sides: the relations the other entities own, seen from here (read through the loaders).
  @OneToMany({ entity: 'Target', mappedBy: 'indicator' })
  targets!: Related<'Target'>;

  @OneToMany({ entity: 'Observation', mappedBy: 'indicator' })
  observations!: Related<'Observation'>;
}

export const IndicatorConnection = connectionOf(Indicator, 'indicators');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    Indicator: Indicator;
  }
}
