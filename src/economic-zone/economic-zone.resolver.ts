import type { Row } from '../data/row.js';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { relatedPage, rootPage } from '../common/pages.js';
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
  economicZones(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Row<EconomicZone>>> {
    return rootPage(ctx, EconomicZone, {}, page);
  }

  @Query(() => EconomicZone, { nullable: true, description: 'One economic zone by slug; null when none matches.' })
  economicZone(
    @Arg('slug', () => String, { description: 'Zone slug, e.g. "cao-bang-border-gate-economic-zone".' }) slug: string,
    @Ctx() { loaders }: Context,
  ): Promise<Row<EconomicZone> | null> {
    return loaders.byKey(EconomicZone, 'slug').load(slug.trim().toLowerCase());
  }

  @FieldResolver(() => Province, { description: 'The province the zone is in.' })
  async province(@Root() zone: Row<EconomicZone>, @Ctx() { loaders }: Context): Promise<Row<Province>> {
    return (await loaders.one(EconomicZone, 'province', zone))!;
  }

  @FieldResolver(() => EconomicZone, { nullable: true, description: 'The larger zone this one is part of.' })
  partOf(@Root() zone: Row<EconomicZone>, @Ctx() { loaders }: Context): Promise<Row<EconomicZone> | null> {
    return loaders.one(EconomicZone, 'partOf', zone);
  }

  @FieldResolver(() => PlanDecision, { nullable: true, description: 'The decision that established the zone, when known.' })
  establishedBy(@Root() zone: Row<EconomicZone>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision> | null> {
    return loaders.one(EconomicZone, 'establishedBy', zone);
  }

  @FieldResolver(() => [Gate], { description: 'Border gates in the zone.' })
  gates(@Root() zone: Row<EconomicZone>, @Ctx() { loaders }: Context): Promise<Row<Gate>[]> {
    return loaders.all(EconomicZone, 'gates', zone);
  }

  @FieldResolver(() => ObservationConnection, { description: 'Figures reported for the zone.' })
  observations(@Root() zone: Row<EconomicZone>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Row<Observation>>> {
    return relatedPage(ctx, EconomicZone, 'observations', zone, page);
  }
}
