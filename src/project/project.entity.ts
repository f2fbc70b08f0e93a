import { connectionOf } from '../common/connection.js';
import { Collection, Embedded, Entity, Enum, ManyToMany, type Opt, Property } from '@mikro-orm/core';
import { field, Searchable } from '../search/searchable.js';
import { SearchType } from '../search/search.types.js';
import { Field, Float, ObjectType } from 'type-graphql';
import { FactEntity } from '../common/base.entity.js';
import { ProjectKind, ProjectStatus } from './project.enums.js';
import { Period } from '../common/period.js';
import { Breakthrough } from '../breakthrough/breakthrough.entity.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Gate } from '../gate/gate.entity.js';
import { Node } from '../node/node.type.js';
import { Province } from '../province/province.entity.js';
import { Money } from './money.type.js';

// Relations are declared for the schema (pivot tables); resolvers read them through batched loaders.
const pivot = (name: string, inverse: string) => ({ pivotTable: `project_${name}`, joinColumn: 'project_id', inverseJoinColumn: inverse });

@Searchable(SearchType.PROJECT, [
  field('name', 'vi', true),
  field('nameEn', 'en', true),
  field('aliases', 'vi', true),
  field('description', 'vi'),
  field('descriptionEn', 'en'),
])
@Entity({ tableName: 'project' })
@ObjectType('Project', {
  implements: Node,
  description: 'An investment project or infrastructure item a plan names: an expressway, a dry port, a tourist area.',
})
export class Project extends FactEntity {
  static override readonly naturalKey = 'slug';

  @Field(() => String, { description: 'Stable ASCII key: "dong-dang-tra-linh-expressway".' })
  @Property({ type: 'string', unique: true })
  slug!: string;

  @Field(() => String, { description: 'Vietnamese name: "Cao tốc Đồng Đăng – Trà Lĩnh".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'English name.' })
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => [String], { description: 'Other names the sources use ("Trà Lĩnh – Đồng Đăng").' })
  @Property({ type: 'json' })
  aliases: string[] & Opt = [];

  @Field(() => ProjectKind, { description: 'What the project builds.' })
  @Enum({ items: () => ProjectKind })
  kind!: ProjectKind;

  @Field(() => ProjectStatus, { description: 'How far it has got, by the newest cited fact.' })
  @Enum({ items: () => ProjectStatus })
  status!: ProjectStatus;

  @Field(() => String, { nullable: true, description: 'What the project is, in short Vietnamese.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'What the project is, in English.' })
  @Property({ type: 'text', nullable: true })
  descriptionEn?: string | null;

  @Field(() => Period, { nullable: true, description: 'The years the plans give for it.' })
  @Embedded(() => Period, { nullable: true, prefix: 'period_' })
  period?: Period | null;

  @Field(() => Float, { nullable: true, description: 'Length in km, for roads and corridors.' })
  @Property({ type: 'double', nullable: true })
  lengthKm?: number | null;

  @Field(() => [Money], { description: 'Investment amounts, one per currency or phase, as the sources give them.' })
  @Property({ type: 'json' })
  investment: Money[] & Opt = [];

  @ManyToMany({ entity: () => Province, ...pivot('province', 'province_id') })
  provinces = new Collection<Province>(this);

  @ManyToMany({ entity: () => Gate, ...pivot('gate', 'gate_id') })
  gates = new Collection<Gate>(this);

  @ManyToMany({ entity: () => Breakthrough, ...pivot('breakthrough', 'breakthrough_id') })
  breakthroughs = new Collection<Breakthrough>(this);

  @ManyToMany({ entity: () => PlanDecision, ...pivot('decision', 'plan_decision_id') })
  decisions = new Collection<PlanDecision>(this);
}

export const ProjectConnection = connectionOf(Project, 'projects');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    Project: Project;
  }
}
