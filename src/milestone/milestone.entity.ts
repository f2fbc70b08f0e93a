import { connectionOf } from '../common/connection.js';
import { Embedded, Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { FactEntity } from '../common/base.entity.js';
import { MilestoneKind } from './milestone.enums.js';
import { Period } from '../common/period.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Gate } from '../gate/gate.entity.js';
import { Node } from '../node/node.type.js';
import { Project } from '../project/project.entity.js';
import { Province } from '../province/province.entity.js';

@Entity({ tableName: 'milestone' })
@ObjectType('Milestone', { implements: Node, description: 'A dated goal without a figure: "upgrade Trà Lĩnh to an international gate, 2019–2025".' })
export class Milestone extends FactEntity {
  static override readonly naturalKey = 'key';

  @Field(() => String, { description: 'Stable ASCII key.' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => MilestoneKind, { description: 'A milestone, or a qualitative target.' })
  @Enum({ items: () => MilestoneKind })
  kind!: MilestoneKind;

  @Field(() => String, { description: 'The goal in short Vietnamese.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'The goal in English.' })
  @Property({ type: 'text' })
  titleEn!: string;

  @ManyToOne(() => Province)
  province!: Rel<Province>;

  @ManyToOne(() => PlanDecision, { nullable: true })
  decision?: Rel<PlanDecision> | null;

  @ManyToOne(() => Project, { nullable: true })
  project?: Rel<Project> | null;

  @ManyToOne(() => Gate, { nullable: true })
  gate?: Rel<Gate> | null;

  @Field(() => Period, { nullable: true, description: 'The period or target year of the goal.' })
  @Embedded(() => Period, { nullable: true, prefix: 'period_' })
  period?: Period | null;
}

export const MilestoneConnection = connectionOf(Milestone, 'milestones');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    Milestone: Milestone;
  }
}
