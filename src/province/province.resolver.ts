import type { Row } from '../data/row.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Breakthrough, BreakthroughConnection } from '../breakthrough/breakthrough.entity.js';
import type { Page } from '../common/connection.js';
import { badUserInput } from '../common/errors.js';
import { relatedPage, rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { PlanDecision, PlanDecisionConnection } from '../decision/decision.entity.js';
import { EconomicZone } from '../economic-zone/economic-zone.entity.js';
import { Gate, GateConnection } from '../gate/gate.entity.js';
import { Milestone, MilestoneConnection } from '../milestone/milestone.entity.js';
import { Observation, ObservationConnection } from '../observation/observation.entity.js';
import { Project, ProjectConnection } from '../project/project.entity.js';
import { nameContains } from '../search/name-filter.js';
import { SearchType } from '../search/search.types.js';
import { Target, TargetConnection } from '../target/target.entity.js';
import { Province, ProvinceConnection } from './province.entity.js';
import { AdministrativeStatus } from './province.enums.js';
import { ProvinceFilter } from './province.inputs.js';
import { findProvinceByCode } from './province.repository.js';

/** Whether a merged province had merged on `date` (a merger without a date counts as always). */
const mergedOn = (province: Row<Province>, date: string): boolean =>
  province.status === AdministrativeStatus.MERGED && (province.mergedOn == null || province.mergedOn <= date);

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => ProvinceConnection, { description: 'Provinces, ordered by statistics code.' })
  async provinces(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProvinceFilter, { nullable: true, description: 'Narrow the list.' }) filter: ProvinceFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Row<Province>>> {
    const where: FilterQuery<Province> = {};
    if (filter?.status) where.status = filter.status;
    const named = await nameContains(ctx, SearchType.PROVINCE, filter?.nameContains);
    if (named) where.id = named;
    return rootPage(ctx, Province, where, page);
  }

  @Query(() => Province, { nullable: true, description: 'One province by statistics code ("04") or slug ("cao-bang"); null when none matches.' })
  async province(
    @Arg('code', () => String, { nullable: true, description: 'Two-digit statistics code; a code shared with a merged province names the active one.' })
    code: string | null,
    @Arg('slug', () => String, { nullable: true, description: 'ASCII slug, e.g. "lang-son".' }) slug: string | null,
    @Ctx() ctx: Context,
  ): Promise<Row<Province> | null> {
    if ((code == null) === (slug == null)) throw badUserInput('Pass exactly one of code ("04") or slug ("cao-bang").');
    return code != null ? findProvinceByCode(ctx, code) : ctx.loaders.byKey(Province, 'slug').load(slug!.trim().toLowerCase());
  }

  @FieldResolver(() => AdministrativeStatus, {
    description: "ACTIVE, or MERGED into another province (as of the root field's asOf: MERGED only from mergedOn).",
  })
  status(@Root() province: Row<Province>, @Ctx() { dates }: Context, @Info() info: GraphQLResolveInfo): AdministrativeStatus {
    return mergedOn(province, dates.on(info)) ? province.status : AdministrativeStatus.ACTIVE;
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province it merged into; null while ACTIVE (and before mergedOn).' })
  async mergedInto(@Root() province: Row<Province>, @Ctx() { loaders, dates }: Context, @Info() info: GraphQLResolveInfo): Promise<Row<Province> | null> {
    return mergedOn(province, dates.on(info)) ? loaders.one(Province, 'mergedInto', province) : null;
  }

  @FieldResolver(() => PlanDecisionConnection, { description: 'Documents that govern this province.' })
  decisions(
    @Root() province: Row<Province>,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Row<PlanDecision>>> {
    return relatedPage(ctx, Province, 'decisions', province, page, ctx.dates.asOf(info));
  }

  @FieldResolver(() => BreakthroughConnection, { description: 'Strategic breakthroughs set for this province.' })
  breakthroughs(
    @Root() province: Row<Province>,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Row<Breakthrough>>> {
    return relatedPage(ctx, Province, 'breakthroughs', province, page, ctx.dates.asOf(info));
  }

  @FieldResolver(() => TargetConnection, { description: 'Targets set for this province.' })
  targets(
    @Root() province: Row<Province>,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Row<Target>>> {
    return relatedPage(ctx, Province, 'targets', province, page, ctx.dates.asOf(info));
  }

  @FieldResolver(() => ObservationConnection, { description: 'Figures measured or reported for this province.' })
  observations(
    @Root() province: Row<Province>,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Row<Observation>>> {
    return relatedPage(ctx, Province, 'observations', province, page, ctx.dates.asOf(info));
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects located in or linked to this province.' })
  projects(@Root() province: Row<Province>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Row<Project>>> {
    return relatedPage(ctx, Province, 'projects', province, page);
  }

  @FieldResolver(() => GateConnection, { description: 'Border gates and crossings in this province.' })
  gates(@Root() province: Row<Province>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Row<Gate>>> {
    return relatedPage(ctx, Province, 'gates', province, page);
  }

  @FieldResolver(() => MilestoneConnection, { description: 'Dated goals without a figure set for this province.' })
  milestones(
    @Root() province: Row<Province>,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Row<Milestone>>> {
    return relatedPage(ctx, Province, 'milestones', province, page, ctx.dates.asOf(info));
  }

  @FieldResolver(() => [EconomicZone], { description: 'Economic zones in this province.' })
  economicZones(@Root() province: Row<Province>, @Ctx() { loaders }: Context): Promise<Row<EconomicZone>[]> {
    return loaders.all(Province, 'economicZones', province);
  }
}
