import { connectionOf } from '../common/connection.js';
import { Entity, Enum, ManyToOne, Property, type Rel, OneToMany } from '@mikro-orm/core';
import { field, Searchable } from '../search/searchable.js';
import { SearchType } from '../search/search.types.js';
import type { Related } from '../data/entity-types.js';
import { Field, Float, ObjectType } from 'type-graphql';
import { FactEntity } from '../common/base.entity.js';
import { EconomicZoneKind } from './economic-zone.enums.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Node } from '../node/node.type.js';
import { Province } from '../province/province.entity.js';

@Searchable(SearchType.ECONOMIC_ZONE, [field('name', 'vi', true), field('nameEn', 'en', true), field('description', 'vi'), field('descriptionEn', 'en')])
@Entity({ tableName: 'economic_zone' })
@ObjectType('EconomicZone', { implements: Node, description: 'A border-gate economic zone, cross-border cooperation zone or non-tariff zone.' })
export class EconomicZone extends FactEntity {
  static override readonly naturalKey = 'slug';

  @Field(() => String, { description: 'Stable ASCII key: "cao-bang-border-gate-economic-zone".' })
  @Property({ type: 'string', unique: true })
  slug!: string;

  @Field(() => String, { description: 'Vietnamese name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'English name.' })
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => EconomicZoneKind, { description: 'What kind of zone it is.' })
  @Enum({ items: () => EconomicZoneKind })
  kind!: EconomicZoneKind;

  @ManyToOne(() => Province)
  province!: Rel<Province>;

  @ManyToOne(() => EconomicZone, { nullable: true })
  partOf?: Rel<EconomicZone> | null;

  @ManyToOne(() => PlanDecision, { nullable: true })
  establishedBy?: Rel<PlanDecision> | null;

  @Field(() => Float, { nullable: true, description: 'Area in hectares, when a source gives it.' })
  @Property({ type: 'double', nullable: true })
  areaHa?: number | null;

  @Field(() => String, { nullable: true, description: 'What the zone is, in short Vietnamese.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'What the zone is, in English.' })
  @Property({ type: 'text', nullable: true })
  descriptionEn?: string | null;

  // Inverse sides: the relations the other entities own, seen from here (read through the loaders).
  @OneToMany({ entity: 'Gate', mappedBy: 'economicZone' })
  gates!: Related<'Gate'>;

  @OneToMany({ entity: 'Observation', mappedBy: 'economicZone' })
  observations!: Related<'Observation'>;
}

export const EconomicZoneConnection = connectionOf(EconomicZone, 'economic zones');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    EconomicZone: EconomicZone;
  }
}
