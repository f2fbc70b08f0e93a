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
import { assess, type Assessment, observationsFor } from './progress.js';
import { TargetProgress } from './progress.type.js';
import { type Lineage, lineageOf } from './lineage.js';

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
    return assess(target, observationsFor(target, observations), ctx.dates.on(info));
  }

  @FieldResolver(() => Target, {
    nullable: true,
    description:
      'The earlier target this one replaces: same indicator and province, overlapping period, set by an earlier document (by its date, else by the first year of the target).',
  })
  async revises(@Root() target: Row<Target>, @Ctx() ctx: Context): Promise<Row<Target> | null> {
    return (await this.lineage(target, ctx)).revises.get(target.id) ?? null;
  }

  @FieldResolver(() => [Target], { description: 'Later targets that replace this one (see revises).' })
  async revisedBy(@Root() target: Row<Target>, @Ctx() ctx: Context): Promise<Row<Target>[]> {
    return (await this.lineage(target, ctx)).revisedBy.get(target.id) ?? [];
  }

  /**
   * The lineage of the target's indicator, worked out once per indicator and request: two
   * statements for all targets of a level (their siblings, then those siblings' documents).
   */
  private lineage(target: Row<Target>, { loaders }: Context): Promise<Lineage> {
    return loaders
      .batch('target-lineage', async (indicators: readonly number[]) => {
        const lists = await Promise.all(indicators.map((indicator) => loaders.allBy(Target, 'indicator').load(indicator)));
        // Every list's documents in one call: awaiting them list by list would split the batch.
        const decisions = await loaders.many(
          PlanDecision,
          lists.flat().map((t) => t.decision.id),
        );
        let at = 0;
        return lists.map((targets) => lineageOf(targets.map((t) => ({ target: t, decision: decisions[at++]! }))));
      })
      .load(target.indicator.id);
  }
}
