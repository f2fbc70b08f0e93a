import { Field, Float, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import type { Row } from '../data/row.js';
import { Observation } from '../observation/observation.entity.js';
import { ProgressStatus } from './progress.enums.js';

@ObjectType('TargetProgress', { description: 'How far a target has got on a date, with the observations and the rule that say so.' })
export class TargetProgress {
  @Field(() => ProgressStatus, { description: 'The verdict.' })
  status!: ProgressStatus;

  @Field(() => Observation, {
    nullable: true,
    description: 'The observation progress is measured from (the first yearly figure of a rate, the starting level of a pace); null when none was used.',
  })
  baseline!: Row<Observation> | null;

  @Field(() => Observation, { nullable: true, description: 'The most recent observation used; null when there is none.' })
  latest!: Row<Observation> | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Observed against required, oriented so that 1 or more is good: for a rate, the observed average rate over the required rate; for a level, the observed pace over the pace needed to reach it on time (the latest value over the required value once reached). Null when undefined.',
  })
  ratio!: number | null;

  @Field(() => String, { description: 'The rule applied and its numbers, in words.' })
  method!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date the latest observation used describes; null when none was used.' })
  assessedOn!: string | null;
}
