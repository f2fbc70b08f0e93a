import type { Plain } from '../common/base.entity.js';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Project } from '../project/project.entity.js';
import { Province } from '../province/province.entity.js';
import { provinceIdFilter } from '../province/province.repository.js';
import { Breakthrough, BreakthroughConnection } from './breakthrough.entity.js';
import { BreakthroughFilter } from './breakthrough.inputs.js';

@Resolver(() => Breakthrough)
export class BreakthroughResolver {
  @Query(() => BreakthroughConnection, { description: 'Strategic breakthroughs, grouped by the document that set them, in its order.' })
  async breakthroughs(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => BreakthroughFilter, { nullable: true, description: 'Narrow the list.' }) filter: BreakthroughFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Breakthrough>> {
    const province = await provinceIdFilter(ctx, filter?.provinceCode);
    const where: FilterQuery<Breakthrough> = {};
    if (province !== undefined) where.province = province;
    if (filter?.area) where.area = filter.area;
    return rootPage(ctx, Breakthrough, province === null ? null : where, page);
  }

  @FieldResolver(() => Province, { description: 'The province it is set for.' })
  async province(@Root() breakthrough: Plain<Breakthrough>, @Ctx() { loaders }: Context): Promise<Province> {
    return (await loaders.one(Province, breakthrough.province))!;
  }

  @FieldResolver(() => PlanDecision, { description: 'The document that set it.' })
  async decision(@Root() breakthrough: Plain<Breakthrough>, @Ctx() { loaders }: Context): Promise<PlanDecision> {
    return (await loaders.one(PlanDecision, breakthrough.decision))!;
  }

  @FieldResolver(() => [Project], { description: 'Projects that carry this breakthrough out.' })
  projects(@Root() breakthrough: Plain<Breakthrough>, @Ctx() { loaders }: Context): Promise<Project[]> {
    return loaders.children(Project, loaders.pivot(Project, 'breakthroughs', 'target'), breakthrough.id);
  }
}
