import type { Row } from '../data/row.js';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { EconomicZone } from '../economic-zone/economic-zone.entity.js';
import { inProvince } from '../province/province.repository.js';
import { Observation, ObservationConnection } from './observation.entity.js';
import { ObservationFilter } from './observation.inputs.js';

@Resolver(() => Observation)
export class ObservationResolver {
  @Query(() => ObservationConnection, { description: 'Measured or reported figures, across provinces.' })
  async observations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ObservationFilter, { nullable: true, description: 'Narrow the list.' }) filter: ObservationFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Row<Observation>>> {
    const where: FilterQuery<Observation> = {};
    if (filter?.indicatorCode != null) where.indicator = { code: filter.indicatorCode.trim().toUpperCase() };
    if (filter?.economicZoneSlug != null) where.economicZone = { slug: filter.economicZoneSlug.trim().toLowerCase() };
    return rootPage(ctx, Observation, await inProvince(ctx, where, filter?.provinceCode), page);
  }

  @FieldResolver(() => EconomicZone, { nullable: true, description: 'The economic zone the figure describes, if any.' })
  economicZone(@Root() observation: Row<Observation>, @Ctx() { loaders }: Context): Promise<Row<EconomicZone> | null> {
    return loaders.one(Observation, 'economicZone', observation);
  }
}
