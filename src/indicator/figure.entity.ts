import { Embedded, Enum, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { FactEntity } from '../common/base.entity.js';
import { Comparator, Unit } from './indicator.enums.js';
import { Period } from '../common/period.js';
import { Province } from '../province/province.entity.js';
import { Indicator } from './indicator.entity.js';

/** What a target and an observation share: a qualified value of an indicator over a period. */
@ObjectType()
export abstract class Figure extends FactEntity {
  @Field(() => String, { description: 'Stable ASCII key, e.g. "cao-bang-1486-grdp-growth".' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @ManyToOne(() => Indicator)
  indicator!: Rel<Indicator>;

  @ManyToOne(() => Province, { nullable: true })
  province?: Rel<Province> | null;

  @Field(() => Comparator, { description: 'How the source qualifies the value (about, above, a range…).' })
  @Enum({ items: () => Comparator })
  comparator!: Comparator;

  @Field(() => Float, { description: 'The value in `unit`; the lower bound when comparator is BETWEEN.' })
  @Property({ type: 'double' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Upper bound; set only when comparator is BETWEEN.' })
  @Property({ type: 'double', nullable: true })
  maxValue?: number | null;

  @Field(() => Unit, { description: 'Unit of value and maxValue.' })
  @Enum({ items: () => Unit })
  unit!: Unit;

  @Field(() => Boolean, { description: 'True when the value is an average over the period ("bình quân").' })
  @Property({ type: 'boolean' })
  isAverage: boolean & Opt = false;

  @Field(() => Period, { nullable: true, description: 'The years the figure covers; null when the source gives none.' })
  @Embedded(() => Period, { nullable: true, prefix: 'period_' })
  period?: Period | null;
}
