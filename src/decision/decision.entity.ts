import { connectionOf } from '../common/connection.js';
import { Embedded, Entity, Enum, ManyToOne, Property, type Rel, ManyToMany, OneToMany } from '@mikro-orm/core';
import { field, Searchable } from '../search/searchable.js';
import { SearchType } from '../search/search.types.js';
import type { Related } from '../data/entity-types.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { FactEntity } from '../common/base.entity.js';
import { DecisionKind } from './decision.enums.js';
import { Period } from '../common/period.js';
import { DateScalar } from '../common/scalars.js';
import { Node } from '../node/node.type.js';
import { Person } from '../person/person.entity.js';
import { Province } from '../province/province.entity.js';

@Searchable(SearchType.DECISION, [field('number', 'vi', true), field('title', 'vi', true), field('titleEn', 'en', true)])
@Entity({ tableName: 'plan_decision' })
@ObjectType('PlanDecision', {
  implements: Node,
  description: 'A governing document: a Prime Minister decision approving or implementing a plan, a party resolution, a programme, a scheme.',
})
export class PlanDecision extends FactEntity {
  static override readonly naturalKey = 'key';

  @Field(() => String, { description: 'Stable ASCII key, e.g. "1486-qd-ttg-2023" or "cao-bang-party-congress-20-resolution".' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Official number as written, "1486/QĐ-TTg"; null for an unnumbered document such as a congress resolution.',
  })
  @Property({ type: 'string', nullable: true })
  number?: string | null;

  /** The number folded for lookups typed without diacritics ("1486/qd-ttg"). */
  @Property({ type: 'string', nullable: true, unique: true })
  numberFolded?: string | null;

  @Field(() => DecisionKind, { description: 'What kind of document it is.' })
  @Enum({ items: () => DecisionKind })
  kind!: DecisionKind;

  @Field(() => String, { description: 'Title in Vietnamese.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Title in English.' })
  @Property({ type: 'text' })
  titleEn!: string;

  @Field(() => String, { description: 'Issuing body in Vietnamese: "Thủ tướng Chính phủ".' })
  @Property({ type: 'string' })
  issuer!: string;

  @Field(() => String, { description: 'Issuing body in English: "Prime Minister".' })
  @Property({ type: 'string' })
  issuerEn!: string;

  @ManyToOne(() => Person, { nullable: true })
  signer?: Rel<Person> | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of signature or adoption.' })
  @Property({ type: 'string', length: 10, nullable: true })
  signedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date it takes effect, when stated.' })
  @Property({ type: 'string', length: 10, nullable: true })
  effectiveOn?: string | null;

  @Field(() => Period, { nullable: true, description: 'Planning period: 2021–2030.' })
  @Embedded(() => Period, { nullable: true, prefix: 'period_' })
  period?: Period | null;

  @Field(() => Int, { nullable: true, description: 'Vision horizon year ("tầm nhìn đến năm 2050").' })
  @Property({ type: 'integer', nullable: true })
  visionYear?: number | null;

  @ManyToOne(() => Province, { nullable: true })
  province?: Rel<Province> | null;

  @ManyToOne(() => PlanDecision, { nullable: true })
  implements?: Rel<PlanDecision> | null;

  @ManyToOne(() => PlanDecision, { nullable: true })
  amends?: Rel<PlanDecision> | null;

  @ManyToOne(() => PlanDecision, { nullable: true })
  replaces?: Rel<PlanDecision> | null;

  // Inverse sides: the relations the other entities own, seen from here (read through the loaders).
  @OneToMany({ entity: 'PlanDecision', mappedBy: 'implements' })
  implementedBy!: Related<'PlanDecision'>;

  @OneToMany({ entity: 'PlanDecision', mappedBy: 'amends' })
  amendedBy!: Related<'PlanDecision'>;

  @OneToMany({ entity: 'PlanDecision', mappedBy: 'replaces' })
  replacedBy!: Related<'PlanDecision'>;

  @OneToMany({ entity: 'Breakthrough', mappedBy: 'decision' })
  breakthroughs!: Related<'Breakthrough'>;

  @OneToMany({ entity: 'Target', mappedBy: 'decision' })
  targets!: Related<'Target'>;

  @ManyToMany({ entity: 'Project', mappedBy: 'decisions' })
  projects!: Related<'Project'>;

  @OneToMany({ entity: 'Milestone', mappedBy: 'decision' })
  milestones!: Related<'Milestone'>;

  @OneToMany({ entity: 'PlanItem', mappedBy: 'decision' })
  items!: Related<'PlanItem'>;

  @ManyToMany({ entity: 'Meeting', mappedBy: 'adopted' })
  adoptedAt!: Related<'Meeting'>;

  @ManyToMany({ entity: 'Meeting', mappedBy: 'discussed' })
  discussedAt!: Related<'Meeting'>;
}

export const PlanDecisionConnection = connectionOf(PlanDecision, 'plan decisions and other governing documents');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    PlanDecision: PlanDecision;
  }
}
