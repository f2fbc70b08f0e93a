import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A span of years; startYear is null when only the end ("by 2030") is known.' })
export class Period {
  @Field(() => Int, { nullable: true, description: 'First year of the period, inclusive; null when open-ended.' })
  startYear!: number | null;

  @Field(() => Int, { description: 'Last year of the period, inclusive (the target or horizon year).' })
  endYear!: number;
}

export function toPeriod(startYear: number | null | undefined, endYear: number | null | undefined): Period | null {
  return endYear == null ? null : Object.assign(new Period(), { startYear: startYear ?? null, endYear });
}
