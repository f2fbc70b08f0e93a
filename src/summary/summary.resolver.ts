import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { Row } from '../data/row.js';
import { decisionDate } from '../decision/decision.dates.js';
import { Indicator } from '../indicator/indicator.entity.js';
import type { ProjectKind, ProjectStatus } from '../project/project.enums.js';
import { Province } from '../province/province.entity.js';
import { findProvinceByCode } from '../province/province.repository.js';
import { assess } from '../target/progress.js';
import { projectGroups, targetsWithObservations, yearCounts } from './summary.sql.js';
import { ProjectCount, TargetCount, YearCount } from './summary.types.js';

const groupBy = <T, K>(items: readonly T[], key: (item: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

@Resolver(() => Province)
export class ProvinceSummaryResolver {
  @FieldResolver(() => [TargetCount], {
    description:
      "The province's targets counted by progress status and indicator category, on the root field's asOf date (one SQL statement for all provinces of a level).",
  })
  async targetSummary(@Root() province: Row<Province>, @Ctx() { loaders, em, dates }: Context, @Info() info: GraphQLResolveInfo): Promise<TargetCount[]> {
    const [on, asOf] = [dates.on(info), dates.asOf(info)];
    const loader = loaders.batch<number, TargetCount[]>(`targetSummary:${on}:${asOf}`, async (ids) => {
      const byProvince = groupBy(await targetsWithObservations(em, ids), (t) => t.target.province!.id);
      return ids.map((id) => {
        const known = (byProvince.get(id) ?? []).filter((t) => !asOf || (decisionDate(t.decision) ?? '') <= asOf);
        const counts = groupBy(known, (t) => `${assess(t.target, t.observations, on).status}|${t.category}`);
        return [...counts].map(([key, list]) => {
          const [status, category] = key.split('|') as [TargetCount['status'], TargetCount['category']];
          return { status, category, count: list.length };
        });
      });
    });
    return loader.load(province.id);
  }

  @FieldResolver(() => [ProjectCount], {
    description: "The province's projects counted by kind and status, with their VND investment (one SQL statement for all provinces of a level).",
  })
  projectSummary(@Root() province: Row<Province>, @Ctx() { loaders, em }: Context): Promise<ProjectCount[]> {
    const loader = loaders.batch<number, ProjectCount[]>('projectSummary', async (ids) => {
      const groups = groupBy(await projectGroups(em, ids), (g) => g.parent);
      return ids.map((id) =>
        (groups.get(id) ?? []).map((g) => ({
          kind: g.kind as ProjectKind,
          status: g.status as ProjectStatus,
          count: g.count,
          investmentVnd: g.vnd,
          withoutVnd: g.without,
        })),
      );
    });
    return loader.load(province.id);
  }
}

@Resolver(() => Indicator)
export class IndicatorSummaryResolver {
  @FieldResolver(() => [YearCount], {
    description: "Observations of the indicator per year, known on the root field's asOf date (one SQL statement for all indicators of a level).",
  })
  async observationsByYear(
    @Root() indicator: Row<Indicator>,
    @Arg('provinceCode', () => String, { nullable: true, description: 'Only observations of the province with this statistics code.' })
    provinceCode: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<YearCount[]> {
    const province = provinceCode == null ? null : await findProvinceByCode(ctx, provinceCode);
    if (provinceCode != null && !province) return [];
    const asOf = ctx.dates.asOf(info);
    const loader = ctx.loaders.batch<number, YearCount[]>(`observationsByYear:${province?.id}:${asOf}`, async (ids) => {
      const groups = groupBy(await yearCounts(ctx.em, ids, province?.id ?? null, asOf), (g) => g.parent);
      return ids.map((id) => (groups.get(id) ?? []).map(({ year, count }) => ({ year, count })));
    });
    return loader.load(indicator.id);
  }
}
