import { connectionOf } from '../common/connection.js';
import { Entity, Enum, ManyToOne, Property, type Opt, type Rel, ManyToMany, OneToMany } from '@mikro-orm/core';
import { field, Searchable } from '../search/searchable.js';
import { SearchType } from '../search/search.types.js';
import type { Related } from '../data/entity-types.js';
import { Field, Float, ObjectType } from 'type-graphql';
import { FactEntity } from '../common/base.entity.js';
import { AdministrativeStatus } from './province.enums.js';
import { DateScalar } from '../common/scalars.js';
import { Node } from '../node/node.type.js';

@Searchable(SearchType.PROVINCE, [field('name', 'vi', true), field('nameEn', 'en', true), field('code', null, true)])
@Entity({ tableName: 'province' })
@ObjectType('Province', { implements: Node, description: 'A Vietnamese province (provincial-level unit), current or merged in the 2025 reorganisation.' })
export class Province extends FactEntity {
  static override readonly naturalKey = 'slug';

  @Field(() => String, {
    description: 'Two-digit statistics-office code: the code in force, or the last one a merged province held ("04" Cao Bằng, "20" Lạng Sơn).',
  })
  @Property({ type: 'string', length: 8, index: true })
  code!: string;

  @Field(() => [String], { description: 'Codes this province held before (Bắc Ninh was "27" before 1 July 2025).' })
  @Property({ type: 'json' })
  formerCodes: string[] & Opt = [];

  @Field(() => String, { description: 'Stable ASCII key: "cao-bang".' })
  @Property({ type: 'string', unique: true })
  slug!: string;

  @Field(() => String, { description: 'Official Vietnamese name with diacritics: "Cao Bằng".' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'English or ASCII name: "Cao Bang".' })
  @Property({ type: 'string' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'Socio-economic region, in Vietnamese.' })
  @Property({ type: 'string', nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Socio-economic region, in English.' })
  @Property({ type: 'string', nullable: true })
  regionEn?: string | null;

  @Field(() => Float, { nullable: true, description: 'Natural area in km².' })
  @Property({ type: 'double', nullable: true })
  areaKm2?: number | null;

  @Field(() => Float, { nullable: true, description: 'Length of the land border with China in km; null for inland provinces.' })
  @Property({ type: 'double', nullable: true })
  borderLengthKm?: number | null;

  @Field(() => AdministrativeStatus, { description: 'ACTIVE, or MERGED into another province.' })
  @Enum({ items: () => AdministrativeStatus })
  status!: AdministrativeStatus;

  @ManyToOne(() => Province, { nullable: true })
  mergedInto?: Rel<Province> | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date the merger took effect in operation (1 July 2025 for the 2025 reorganisation).' })
  @Property({ type: 'string', length: 10, nullable: true })
  mergedOn?: string | null;

  // Inverse sides: the relations the other entities own, seen from here (read through the loaders).
  @OneToMany({ entity: 'PlanDecision', mappedBy: 'province' })
  decisions!: Related<'PlanDecision'>;

  @OneToMany({ entity: 'Breakthrough', mappedBy: 'province' })
  breakthroughs!: Related<'Breakthrough'>;

  @OneToMany({ entity: 'Target', mappedBy: 'province' })
  targets!: Related<'Target'>;

  @OneToMany({ entity: 'Observation', mappedBy: 'province' })
  observations!: Related<'Observation'>;

  @ManyToMany({ entity: 'Project', mappedBy: 'provinces' })
  projects!: Related<'Project'>;

  @OneToMany({ entity: 'Gate', mappedBy: 'province' })
  gates!: Related<'Gate'>;

  @OneToMany({ entity: 'Milestone', mappedBy: 'province' })
  milestones!: Related<'Milestone'>;

  @OneToMany({ entity: 'OfficeTerm', mappedBy: 'province' })
  officeTerms!: Related<'OfficeTerm'>;

  @OneToMany({ entity: 'EconomicZone', mappedBy: 'province' })
  economicZones!: Related<'EconomicZone'>;
}

export const ProvinceConnection = connectionOf(Province, 'provinces');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    Province: Province;
  }
}
