import type { Plain } from '../common/base.entity.js';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Breakthrough, BreakthroughConnection } from '../breakthrough/breakthrough.entity.js';
import type { Page } from '../common/connection.js';
import { badUserInput } from '../common/errors.js';
import { childPage, rootPage } from '../common/pages.js';
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
import { ProvinceFilter } from './province.inputs.js';
import { findProvinceByCode } from './province.repository.js';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => ProvinceConnection, { description: 'Provinces, ordered by statistics code.' })
  async provinces(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProvinceFilter, { nullable: true, description: 'Narrow the list.' }) filter: ProvinceFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Province>> {
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
  ): Promise<Province | null> {
    if ((code == null) === (slug == null)) throw badUserInput('Pass exactly one of code ("04") or slug ("cao-bang").');
    return code != null ? findProvinceByCode(ctx, code) : ctx.loaders.byKey(Province, 'slug').load(slug!.trim().toLowerCase());
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province it merged into; null while ACTIVE.' })
  mergedInto(@Root() province: Plain<Province>, @Ctx() { loaders }: Context): Promise<Province | null> {
    return loaders.one(Province, province.mergedInto);
  }

  @FieldResolver(() => PlanDecisionConnection, { description: 'Documents that govern this province.' })
  decisions(@Root() province: Plain<Province>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<PlanDecision>> {
    return childPage(ctx, PlanDecision, ctx.loaders.foreignKey(PlanDecision, 'province'), province.id, page);
  }

  @FieldResolver(() => BreakthroughConnection, { description: 'Strategic breakthroughs set for this province.' })
  breakthroughs(@Root() province: Plain<Province>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Breakthrough>> {
    return childPage(ctx, Breakthrough, ctx.loaders.foreignKey(Breakthrough, 'province'), province.id, page);
  }

  @FieldResolver(() => TargetConnection, { description: 'Targets set for this province.' })
  targets(@Root() province: Plain<Province>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Target>> {
    return childPage(ctx, Target, ctx.loaders.foreignKey(Target, 'province'), province.id, page);
  }

  @FieldResolver(() => ObservationConnection, { description: 'Figures measured or reported for this province.' })
  observations(@Root() province: Plain<Province>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Observation>> {
    return childPage(ctx, Observation, ctx.loaders.foreignKey(Observation, 'province'), province.id, page);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects located in or linked to this province.' })
  projects(@Root() province: Plain<Province>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Project>> {
    return childPage(ctx, Project, ctx.loaders.pivot(Project, 'provinces', 'target'), province.id, page);
  }

  @FieldResolver(() => GateConnection, { description: 'Border gates and crossings in this province.' })
  gates(@Root() province: Plain<Province>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Gate>> {
    return childPage(ctx, Gate, ctx.loaders.foreignKey(Gate, 'province'), province.id, page);
  }

  @FieldResolver(() => MilestoneConnection, { description: 'Dated goals without a figure set for this province.' })
  milestones(@Root() province: Plain<Province>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Milestone>> {
    return childPage(ctx, Milestone, ctx.loaders.foreignKey(Milestone, 'province'), province.id, page);
  }

  @FieldResolver(() => [EconomicZone], { description: 'Economic zones in this province.' })
  economicZones(@Root() province: Plain<Province>, @Ctx() { loaders }: Context): Promise<EconomicZone[]> {
    return loaders.children(EconomicZone, loaders.foreignKey(EconomicZone, 'province'), province.id);
  }
}
