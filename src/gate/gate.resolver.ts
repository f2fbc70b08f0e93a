import type { Row } from '../data/row.js';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { nameContains } from '../search/name-filter.js';
import { SearchType } from '../search/search.types.js';
import { EconomicZone } from '../economic-zone/economic-zone.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { Project } from '../project/project.entity.js';
import { Province } from '../province/province.entity.js';
import { inProvince } from '../province/province.repository.js';
import { GateStatusChange } from './gate-status-change.entity.js';
import { Gate, GateConnection } from './gate.entity.js';
import { GateFilter } from './gate.inputs.js';

@Resolver(() => Gate)
export class GateResolver {
  @Query(() => GateConnection, { description: 'Border gates and crossings.' })
  async gates(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => GateFilter, { nullable: true, description: 'Narrow the list.' }) filter: GateFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Row<Gate>>> {
    const where: FilterQuery<Gate> = {};
    if (filter?.type) where.type = filter.type;
    const named = await nameContains(ctx, SearchType.GATE, filter?.nameContains);
    if (named) where.id = named;
    return rootPage(ctx, Gate, await inProvince(ctx, where, filter?.provinceCode), page);
  }

  @Query(() => Gate, { nullable: true, description: 'One gate by slug ("tra-linh"); null when none matches.' })
  gate(@Arg('slug', () => String, { description: 'Gate slug, e.g. "tra-linh".' }) slug: string, @Ctx() { loaders }: Context): Promise<Row<Gate> | null> {
    return loaders.byKey(Gate, 'slug').load(slug.trim().toLowerCase());
  }

  @FieldResolver(() => [GateStatusChange], { description: 'How the legal type changed or is planned to change, oldest first.' })
  typeHistory(@Root() gate: Row<Gate>, @Ctx() { loaders }: Context): Promise<Row<GateStatusChange>[]> {
    return loaders.all(Gate, 'typeHistory', gate);
  }

  @FieldResolver(() => Province, { description: 'The province the gate is in.' })
  async province(@Root() gate: Row<Gate>, @Ctx() { loaders }: Context): Promise<Row<Province>> {
    return (await loaders.one(Gate, 'province', gate))!;
  }

  @FieldResolver(() => EconomicZone, { nullable: true, description: 'The economic zone the gate belongs to.' })
  economicZone(@Root() gate: Row<Gate>, @Ctx() { loaders }: Context): Promise<Row<EconomicZone> | null> {
    return loaders.one(Gate, 'economicZone', gate);
  }

  @FieldResolver(() => Gate, { nullable: true, description: 'For a clearance route or crossing: the gate pair it belongs to.' })
  partOf(@Root() gate: Row<Gate>, @Ctx() { loaders }: Context): Promise<Row<Gate> | null> {
    return loaders.one(Gate, 'partOf', gate);
  }

  @FieldResolver(() => [Gate], { description: 'Clearance routes and crossings that belong to this gate pair.' })
  clearanceRoutes(@Root() gate: Row<Gate>, @Ctx() { loaders }: Context): Promise<Row<Gate>[]> {
    return loaders.all(Gate, 'clearanceRoutes', gate);
  }

  @FieldResolver(() => [Project], { description: 'Projects that serve this gate.' })
  projects(@Root() gate: Row<Gate>, @Ctx() { loaders }: Context): Promise<Row<Project>[]> {
    return loaders.all(Gate, 'projects', gate);
  }

  @FieldResolver(() => [Milestone], { description: 'Dated goals about this gate.' })
  milestones(@Root() gate: Row<Gate>, @Ctx() { loaders }: Context): Promise<Row<Milestone>[]> {
    return loaders.all(Gate, 'milestones', gate);
  }
}
