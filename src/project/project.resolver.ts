import type { Row } from '../data/row.js';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Breakthrough } from '../breakthrough/breakthrough.entity.js';
import type { Page } from '../common/connection.js';
import { rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { nameContains } from '../search/name-filter.js';
import { SearchType } from '../search/search.types.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Gate } from '../gate/gate.entity.js';
import { Province } from '../province/province.entity.js';
import { inProvince } from '../province/province.repository.js';
import { Project, ProjectConnection } from './project.entity.js';
import { ProjectFilter } from './project.inputs.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Investment projects and infrastructure items the plans name.' })
  async projects(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true, description: 'Narrow the list.' }) filter: ProjectFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Row<Project>>> {
    const where: FilterQuery<Project> = {};
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.status) where.status = filter.status;
    if (filter?.gateSlug != null) where.gates = { $some: { slug: filter.gateSlug.trim().toLowerCase() } };
    const named = await nameContains(ctx, SearchType.PROJECT, filter?.nameContains);
    if (named) where.id = named;
    return rootPage(ctx, Project, await inProvince(ctx, where, filter?.provinceCode, (id) => ({ provinces: { $some: { id } } })), page);
  }

  @Query(() => Project, { nullable: true, description: 'One project by slug; null when none matches.' })
  project(
    @Arg('slug', () => String, { description: 'Project slug, e.g. "dong-dang-tra-linh-expressway".' }) slug: string,
    @Ctx() { loaders }: Context,
  ): Promise<Row<Project> | null> {
    return loaders.byKey(Project, 'slug').load(slug.trim().toLowerCase());
  }

  @FieldResolver(() => [Province], { description: 'Provinces the project lies in or links.' })
  provinces(@Root() project: Row<Project>, @Ctx() { loaders }: Context): Promise<Row<Province>[]> {
    return loaders.all(Project, 'provinces', project);
  }

  @FieldResolver(() => [Gate], { description: 'Border gates the project serves.' })
  gates(@Root() project: Row<Project>, @Ctx() { loaders }: Context): Promise<Row<Gate>[]> {
    return loaders.all(Project, 'gates', project);
  }

  @FieldResolver(() => [Breakthrough], { description: 'Strategic breakthroughs the project carries out.' })
  breakthroughs(@Root() project: Row<Project>, @Ctx() { loaders }: Context): Promise<Row<Breakthrough>[]> {
    return loaders.all(Project, 'breakthroughs', project);
  }

  @FieldResolver(() => [PlanDecision], { description: 'Documents that name the project.' })
  decisions(@Root() project: Row<Project>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision>[]> {
    return loaders.all(Project, 'decisions', project);
  }
}
