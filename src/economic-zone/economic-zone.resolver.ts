import type { Plain } from '../common/base.entity.js';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { childPage, rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Gate } from '../gate/gate.entity.js';
import { Observation, ObservationConnection } from '../observation/observation.entity.js';
import { Province } from '../province/province.entity.js';
import { EconomicZone, EconomicZoneConnection } from './economic-zone.entity.js';

@Resolver(() => EconomicZone)
export class EconomicZoneResolver {
  @Query(() => EconomicZoneConnection, { description: 'Economic zones.' })
  economicZones(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<EconomicZone>> {
    return rootPage(ctx, EconomicZone, {}, page);
  }

  @Query(() => EconomicZone, { nullable: true, description: 'One economic zone by slug; null when none matches.' })
  economicZone(
    @Arg('slug', () => String, { description: 'Zone slug, e.g. "cao-bang-border-gate-economic-zone".' }) slug: string,
    @Ctx() { loaders }: Context,
  ): Promise<EconomicZone | null> {
    return loaders.byKey(EconomicZone, 'slug').load(slug.trim().toLowerCase());
  }

  @FieldResolver(() => Province, { description: 'The province the zone is in.' })
  async province(@Root() zone: Plain<EconomicZone>, @Ctx() { loaders }: Context): Promise<Province> {
    return (await loaders.one(Province, zone.province))!;
  }

  @FieldResolver(() => EconomicZone, { nullable: true, description: 'The larger zone this one is part of.' })
  partOf(@Root() zone: Plain<EconomicZone>, @Ctx() { loaders }: Context): Promise<EconomicZone | null> {
    return loaders.one(EconomicZone, zone.partOf);
  }

  @FieldResolver(() => PlanDecision, { nullable: true, description: 'The decision that established the zone, when known.' })
  establishedBy(@Root() zone: Plain<EconomicZone>, @Ctx() { loaders }: Context): Promise<PlanDecision | null> {
    return loaders.one(PlanDecision, zone.establishedBy);
  }

  @FieldResolver(() => [Gate], { description: 'Border gates in the zone.' })
  gates(@Root() zone: Plain<EconomicZone>, @Ctx() { loaders }: Context): Promise<Gate[]> {
    return loaders.children(Gate, loaders.foreignKey(Gate, 'economicZone'), zone.id);
  }

  @FieldResolver(() => ObservationConnection, { description: 'Figures reported for the zone.' })
  observations(@Root() zone: Plain<EconomicZone>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Observation>> {
    return childPage(ctx, Observation, ctx.loaders.foreignKey(Observation, 'economicZone'), zone.id, page);
  }
}
