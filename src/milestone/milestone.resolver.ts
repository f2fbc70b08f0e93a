import type { Row } from '../data/row.js';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Gate } from '../gate/gate.entity.js';
import { Project } from '../project/project.entity.js';
import { Province } from '../province/province.entity.js';
import { inProvince } from '../province/province.repository.js';
import { Milestone, MilestoneConnection } from './milestone.entity.js';

@Resolver(() => Milestone)
export class MilestoneResolver {
  @Query(() => MilestoneConnection, { description: 'Dated goals without a figure (milestones and qualitative targets).' })
  async milestones(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('provinceCode', () => String, { nullable: true, description: 'Only goals of the province with this statistics code.' }) provinceCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Row<Milestone>>> {
    return rootPage(ctx, Milestone, await inProvince<Milestone>(ctx, {}, provinceCode), page);
  }

  @FieldResolver(() => Province, { description: 'The province the goal is set for.' })
  async province(@Root() milestone: Row<Milestone>, @Ctx() { loaders }: Context): Promise<Row<Province>> {
    return (await loaders.one(Milestone, 'province', milestone))!;
  }

  @FieldResolver(() => PlanDecision, { nullable: true, description: 'The document that set the goal, when known.' })
  decision(@Root() milestone: Row<Milestone>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision> | null> {
    return loaders.one(Milestone, 'decision', milestone);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project the goal is about, if any.' })
  project(@Root() milestone: Row<Milestone>, @Ctx() { loaders }: Context): Promise<Row<Project> | null> {
    return loaders.one(Milestone, 'project', milestone);
  }

  @FieldResolver(() => Gate, { nullable: true, description: 'The gate the goal is about, if any.' })
  gate(@Root() milestone: Row<Milestone>, @Ctx() { loaders }: Context): Promise<Row<Gate> | null> {
    return loaders.one(Milestone, 'gate', milestone);
  }
}
