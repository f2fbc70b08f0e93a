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
import { revisedTarget } from './lineage.js';

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

  @FieldResolver(() => Target, {
    nullable: true,
    description:
      'The earlier target this one replaces: same indicator and province, overlapping period, set by an earlier document (by its date, else by the first year of the target).',
  })
  async revises(@Root() target: Row<Target>, @Ctx() ctx: Context): Promise<Row<Target> | null> {
    const siblings = await this.siblings(target, ctx);
    return revisedTarget(
      siblings.find((s) => s.target.id === target.id)!,
      siblings,
    );
  }

  @FieldResolver(() => [Target], { description: 'Later targets that replace this one (see revises).' })
  async revisedBy(@Root() target: Row<Target>, @Ctx() ctx: Context): Promise<Row<Target>[]> {
    const siblings = await this.siblings(target, ctx);
    return siblings.filter((s) => revisedTarget(s, siblings)?.id === target.id).map((s) => s.target);
  }

  /** The targets of the same indicator with their documents: two statements for all targets of a level. */
  private async siblings(target: Row<Target>, { loaders }: Context) {
    const targets = await loaders.allBy(Target, 'indicator').load(target.indicator.id);
    const decisions = await loaders.many(
      PlanDecision,
      targets.map((t) => t.decision.id),
    );
    return targets.map((t, i) => ({ target: t, decision: decisions[i]! }));
  }
}
