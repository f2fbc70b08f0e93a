import { Embeddable, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** Stored inline (period_start_year, period_end_year) in every table that has a period. */
@Embeddable()
@ObjectType({ description: 'A span of years; startYear is null when only the end ("by 2030") is known.' })
export class Period {
  @Field(() => Int, { nullable: true, description: 'First year of the period, inclusive; null when open-ended.' })
  @Property({ type: 'integer', nullable: true })
  startYear?: number | null;

  @Field(() => Int, { description: 'Last year of the period, inclusive (the target or horizon year).' })
  @Property({ type: 'integer' })
  endYear!: number;
}
