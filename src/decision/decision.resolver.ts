import type { Row } from '../data/row.js';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Breakthrough } from '../breakthrough/breakthrough.entity.js';
import type { Page } from '../common/connection.js';
import { foldDecisionNumber } from '../common/fold.js';
import { knownOn } from '../common/known-from.js';
import { relatedPage, rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { nameContains } from '../search/name-filter.js';
import { SearchType } from '../search/search.types.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { Project, ProjectConnection } from '../project/project.entity.js';
import { Person } from '../person/person.entity.js';
import { Province } from '../province/province.entity.js';
import { inProvince } from '../province/province.repository.js';
import { Target, TargetConnection } from '../target/target.entity.js';
import { PlanDecision, PlanDecisionConnection } from './decision.entity.js';
import { DecisionFilter } from './decision.inputs.js';

@Resolver(() => PlanDecision)
export class DecisionResolver {
  @Query(() => PlanDecisionConnection, { description: 'Plan decisions and other governing documents.' })
  async decisions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DecisionFilter, { nullable: true, description: 'Narrow the list.' }) filter: DecisionFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Row<PlanDecision>>> {
    const where: FilterQuery<PlanDecision> = {};
    if (filter?.kind) where.kind = filter.kind;
    const named = await nameContains(ctx, SearchType.DECISION, filter?.nameContains);
    if (named) where.id = named;
    return rootPage(ctx, PlanDecision, await inProvince(ctx, where, filter?.provinceCode), page);
  }

  @Query(() => PlanDecision, {
    nullable: true,
    description: 'One document by its number, "1486/QĐ-TTg"; also typed without diacritics ("1486/QD-TTg"). Null when none matches.',
  })
  async decision(
    @Arg('number', () => String, { description: 'Official number, with or without diacritics, any letter case.' }) number: string,
    @Ctx() { loaders, rootAsOf }: Context,
  ): Promise<Row<PlanDecision> | null> {
    const found = await loaders.byKey(PlanDecision, 'numberFolded').load(foldDecisionNumber(number));
    return found && ((await knownOn(loaders, PlanDecision, [found], rootAsOf))[0] ?? null);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who signed it, when known (Deputy Prime Minister Trần Hồng Hà signed 1486/QĐ-TTg).' })
  signer(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<Person> | null> {
    return loaders.one(PlanDecision, 'signer', decision);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province it governs; null for a national document.' })
  province(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<Province> | null> {
    return loaders.one(PlanDecision, 'province', decision);
  }

  @FieldResolver(() => [Breakthrough], { description: 'Strategic breakthroughs this document sets, in its order.' })
  breakthroughs(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<Breakthrough>[]> {
    return loaders.all(PlanDecision, 'breakthroughs', decision);
  }

  @FieldResolver(() => TargetConnection, { description: 'Targets this document sets.' })
  targets(@Root() decision: Row<PlanDecision>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Row<Target>>> {
    return relatedPage(ctx, PlanDecision, 'targets', decision, page);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects this document names.' })
  projects(@Root() decision: Row<PlanDecision>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Row<Project>>> {
    return relatedPage(ctx, PlanDecision, 'projects', decision, page);
  }

  @FieldResolver(() => [Milestone], { description: 'Dated goals without a figure this document sets.' })
  milestones(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<Milestone>[]> {
    return loaders.all(PlanDecision, 'milestones', decision);
  }
}
