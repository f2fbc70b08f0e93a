import type { Row } from '../data/row.js';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { relatedPage, rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { Observation, ObservationConnection } from '../observation/observation.entity.js';
import { Target, TargetConnection } from '../target/target.entity.js';
import { Indicator, IndicatorConnection } from './indicator.entity.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => IndicatorConnection, { description: 'Indicators that targets and observations refer to.' })
  indicators(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Row<Indicator>>> {
    return rootPage(ctx, Indicator, {}, page);
  }

  @Query(() => Indicator, { nullable: true, description: 'One indicator by code ("GRDP_GROWTH"); null when none matches.' })
  indicator(
    @Arg('code', () => String, { description: 'Indicator code, e.g. "GRDP_GROWTH".' }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<Row<Indicator> | null> {
    return loaders.byKey(Indicator, 'code').load(code.trim().toUpperCase());
  }

  @FieldResolver(() => TargetConnection, { description: 'Targets set for this indicator, across provinces.' })
  targets(@Root() indicator: Row<Indicator>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Row<Target>>> {
    return relatedPage(ctx, Indicator, 'targets', indicator, page);
  }

  @FieldResolver(() => ObservationConnection, { description: 'Figures observed for this indicator, across provinces.' })
  observations(@Root() indicator: Row<Indicator>, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Row<Observation>>> {
    return relatedPage(ctx, Indicator, 'observations', indicator, page);
  }
}
