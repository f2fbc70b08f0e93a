import { Embedded, Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { GateType } from './gate.enums.js';
import { Period } from '../common/period.js';
import { DateScalar } from '../common/scalars.js';
import { Gate } from './gate.entity.js';

@Entity({ tableName: 'gate_status_change' })
@ObjectType('GateStatusChange', { description: "One step of a gate's legal type over time: a fact, or a plan's intention." })
export class GateStatusChange extends BaseEntity {
  @ManyToOne(() => Gate)
  gate!: Rel<Gate>;

  @Field(() => GateType, { description: 'The type from this step on.' })
  @Enum({ items: () => GateType })
  type!: GateType;

  @Field(() => DateScalar, { nullable: true, description: 'When it took effect; null when only the period is known.' })
  @Property({ type: 'string', length: 10, nullable: true })
  since?: string | null;

  @Field(() => Boolean, { description: "True: a plan's intention, not yet done." })
  @Property({ type: 'boolean' })
  planned!: boolean;

  @Field(() => Period, { nullable: true, description: 'The period a plan gives for the change.' })
  @Embedded(() => Period, { nullable: true, prefix: 'period_' })
  period?: Period | null;

  @Field(() => String, { nullable: true, description: 'The source\'s own wording of the type, e.g. "cửa khẩu quốc gia".' })
  @Property({ type: 'string', nullable: true })
  label?: string | null;
}

declare module '../data/entity-types.js' {
  interface EntityTypes {
    GateStatusChange: GateStatusChange;
  }
}
