import type { Row } from '../data/row.js';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Project } from '../project/project.entity.js';
import { Province } from '../province/province.entity.js';
import { inProvince } from '../province/province.repository.js';
import { Breakthrough, BreakthroughConnection } from './breakthrough.entity.js';
import { BreakthroughFilter } from './breakthrough.inputs.js';

@Resolver(() => Breakthrough)
export class BreakthroughResolver {
  @Query(() => BreakthroughConnection, { description: 'Strategic breakthroughs, grouped by the document that set them, in its order.' })
  async breakthroughs(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => BreakthroughFilter, { nullable: true, description: 'Narrow the list.' }) filter: BreakthroughFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Row<Breakthrough>>> {
    const where: FilterQuery<Breakthrough> = {};
    if (filter?.area) where.area = filter.area;
    return rootPage(ctx, Breakthrough, await inProvince(ctx, where, filter?.provinceCode), page);
  }

  @FieldResolver(() => Province, { description: 'The province it is set for.' })
  async province(@Root() breakthrough: Row<Breakthrough>, @Ctx() { loaders }: Context): Promise<Row<Province>> {
    return (await loaders.one(Breakthrough, 'province', breakthrough))!;
  }

  @FieldResolver(() => PlanDecision, { description: 'The document that set it.' })
  async decision(@Root() breakthrough: Row<Breakthrough>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision>> {
    return (await loaders.one(Breakthrough, 'decision', breakthrough))!;
  }

  @FieldResolver(() => [Project], { description: 'Projects that carry this breakthrough out.' })
  projects(@Root() breakthrough: Row<Breakthrough>, @Ctx() { loaders }: Context): Promise<Row<Project>[]> {
    return loaders.all(Breakthrough, 'projects', breakthrough);
  }
}
