import type { Row } from '../data/row.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { foldDecisionNumber } from '../common/fold.js';
import { rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { inProvince } from '../province/province.repository.js';
import { Target, TargetConnection } from './target.entity.js';
import { TargetFilter } from './target.inputs.js';
import { Observation } from '../observation/observation.entity.js';
import { assess, type Assessment } from './progress.js';
import { TargetProgress } from './progress.type.js';

@Resolver(() => Target)
export class TargetResolver {
  @Query(() => TargetConnection, { description: 'Targets set by plan documents, across provinces.' })
  async targets(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => TargetFilter, { nullable: true, description: 'Narrow the list.' }) filter: TargetFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Row<Target>>> {
    const where: FilterQuery<Target> = {};
    if (filter?.indicatorCode != null) where.indicator = { code: filter.indicatorCode.trim().toUpperCase() };
    if (filter?.decisionNumber != null) where.decision = { numberFolded: foldDecisionNumber(filter.decisionNumber) };
    return rootPage(ctx, Target, await inProvince(ctx, where, filter?.provinceCode), page);
  }

  @FieldResolver(() => PlanDecision, { description: 'The document that set the target.' })
  async decision(@Root() target: Row<Target>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision>> {
    return (await loaders.one(Target, 'decision', target))!;
  }

  @FieldResolver(() => TargetProgress, { description: 'How far the target has got, from the observations of the same indicator and province.' })
  async progress(@Root() target: Row<Target>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Assessment> {
    // One statement for every target of the request: the indicators' observations, narrowed here.
    const observations = await ctx.loaders.allBy(Observation, 'indicator').load(target.indicator.id);
    const province = target.province?.id ?? null;
    const same = observations.filter((o) => (o.province?.id ?? null) === province && o.economicZone == null);
    return assess(target, same, ctx.dates.on(info));
  }
}
