import { Field, Float, Int, ObjectType } from 'type-graphql';
import { IndicatorCategory } from '../indicator/indicator.enums.js';
import { ProjectKind, ProjectStatus } from '../project/project.enums.js';
import { ProgressStatus } from '../target/progress.enums.js';

@ObjectType('TargetCount', { description: "How many of a province's targets have one progress status in one indicator category." })
export class TargetCount {
  @Field(() => ProgressStatus, { description: 'The progress status (Target.progress.status).' })
  status!: ProgressStatus;

  @Field(() => IndicatorCategory, { description: "The targets' indicator category." })
  category!: IndicatorCategory;

  @Field(() => Int, { description: 'How many targets.' })
  count!: number;
}

@ObjectType('ProjectCount', { description: "How many of a province's projects are of one kind and status, and what they are worth in VND." })
export class ProjectCount {
  @Field(() => ProjectKind, { description: 'The kind of project.' })
  kind!: ProjectKind;

  @Field(() => ProjectStatus, { description: 'The status.' })
  status!: ProjectStatus;

  @Field(() => Int, { description: 'How many projects.' })
  count!: number;

  @Field(() => Float, {
    description:
      'Their investment in VND: per project, the amount labelled total, else its largest VND amount (phase amounts may overlap, so they are never added up). 0 when none has a VND amount.',
  })
  investmentVnd!: number;

  @Field(() => Int, { description: 'How many of them have no VND amount at all (so investmentVnd leaves them out).' })
  withoutVnd!: number;
}

@ObjectType('YearCount', { description: 'How many observations of an indicator describe one year.' })
export class YearCount {
  @Field(() => Int, { description: 'The year the figures describe (the end of their period, else the year of their date).' })
  year!: number;

  @Field(() => Int, { description: 'How many observations.' })
  count!: number;
}
