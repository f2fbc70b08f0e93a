import { type EntityClass, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Row } from '../data/row.js';
import { RowMapper } from '../data/row.js';
import { linkOf } from '../data/relations.js';
import { dialectOf, jsonListSql } from '../db/dialect.js';
import { runSql } from '../db/query.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import type { IndicatorCategory } from '../indicator/indicator.enums.js';
import { Observation } from '../observation/observation.entity.js';
import { Province } from '../province/province.entity.js';
import { Target } from '../target/target.entity.js';

// The dashboard's aggregates, one statement each for every parent of a level (keys travel as one
// JSON array). Table and column names come from MikroORM's metadata, values are bound. The SQL is
// common to SQLite and PostgreSQL except for the JSON functions, which each statement picks by
// dialect; counts are cast to integer (PostgreSQL's count is a bigint, which node-postgres returns as text).

const tableOf = (em: EntityManager, entity: EntityClass<object>) => em.getMetadata().get(entity.name).tableName;
const columnOf = (em: EntityManager, entity: EntityClass<object>, property: string) =>
  (em.getMetadata().get(entity.name).properties as Record<string, { fieldNames: string[] }>)[property]!.fieldNames[0]!;

export interface TargetWithObservations {
  target: Row<Target>;
  category: IndicatorCategory;
  decision: Pick<Row<PlanDecision>, 'signedOn' | 'effectiveOn'>;
  observations: Row<Observation>[];
}

/** Every target of the provinces, with its category, its document's dates and the observations progress reads. */
export async function targetsWithObservations(em: EntityManager, provinceIds: readonly number[]): Promise<TargetWithObservations[]> {
  const [t, o, i, d] = [tableOf(em, Target), tableOf(em, Observation), tableOf(em, Indicator), tableOf(em, PlanDecision)];
  const col = (entity: EntityClass<object>, property: string) => columnOf(em, entity, property);
  // The observation's stored columns (scalars, inline embeddables, many-to-one ids), as JSON keys.
  const stored = RowMapper.of(em, Observation).meta.props.filter(
    (p) => p.persist !== false && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE) && !(p.kind === ReferenceKind.SCALAR && p.object),
  );
  const observationColumns = [...new Set(stored.flatMap((p) => p.fieldNames ?? []))].map((c) => `'${c}', o.${c}`).join(', ');
  const pg = dialectOf(em) === 'postgresql';
  const list = pg ? `coalesce(json_agg(json_build_object(${observationColumns})), '[]')` : `json_group_array(json_object(${observationColumns}))`;
  const sql = `select t.*, i.${col(Indicator, 'category')} as "__category", d.${col(PlanDecision, 'signedOn')} as "__signedOn", d.${col(PlanDecision, 'effectiveOn')} as "__effectiveOn",
      (select ${list} from ${o} o
        where o.${col(Observation, 'indicator')} = t.${col(Target, 'indicator')} and o.${col(Observation, 'province')} = t.${col(Target, 'province')}
          and o.${col(Observation, 'economicZone')} is null) as "__observations"
    from ${t} t join ${i} i on i.id = t.${col(Target, 'indicator')} join ${d} d on d.id = t.${col(Target, 'decision')}
    where t.${col(Target, 'province')} in ${jsonListSql(dialectOf(em))} order by t.id`;
  const rows = await runSql<Record<string, unknown>>(em, sql, [JSON.stringify(provinceIds)]);
  const [targets, observations] = [RowMapper.of(em, Target), RowMapper.of(em, Observation)];
  return rows.map((row) => ({
    target: targets.map(row),
    category: row.__category as IndicatorCategory,
    decision: { signedOn: row.__signedOn as string | null, effectiveOn: row.__effectiveOn as string | null },
    // SQLite returns the JSON as text; node-postgres parses it.
    observations: (typeof row.__observations === 'string'
      ? (JSON.parse(row.__observations) as Record<string, unknown>[])
      : (row.__observations as Record<string, unknown>[])
    ).map((c) => observations.map(c)),
  }));
}

export interface ProjectGroup {
  parent: number;
  kind: string;
  status: string;
  count: number;
  vnd: number;
  without: number;
}

/** Projects per province by kind and status, with each project's VND figure (its total, else its largest amount). */
export async function projectGroups(em: EntityManager, provinceIds: readonly number[]): Promise<ProjectGroup[]> {
  const link = linkOf(em.getMetadata().get(Province.name), 'projects');
  const p = em.getMetadata().get('Project');
  const [kind, status, investment] = ['kind', 'status', 'investment'].map((name) => p.properties[name]!.fieldNames[0]!);
  const dialect = dialectOf(em);
  // Each amount of a project's investment list (a JSON array of Money) with its label and currency.
  const amounts =
    dialect === 'postgresql'
      ? `select q.id as id, m->>'label' as label, m->>'currency' as currency, (m->>'amount')::double precision as amount from ${p.tableName} q, jsonb_array_elements(q.${investment}) m`
      : `select q.id as id, json_extract(m.value, '$.label') as label, json_extract(m.value, '$.currency') as currency, json_extract(m.value, '$.amount') as amount from ${p.tableName} q, json_each(q.${investment}) m`;
  const sql = `select l.${link.parent} as parent, p.${kind} as kind, p.${status} as status, cast(count(*) as integer) as count,
      coalesce(sum(v.vnd), 0) as vnd, cast(sum(case when v.vnd is null then 1 else 0 end) as integer) as without
    from ${p.tableName} p join ${link.table} l on l.${link.child} = p.id
    left join (select a.id as id, coalesce(max(case when a.label = 'total' then a.amount end), max(a.amount)) as vnd
      from (${amounts}) a where a.currency = 'VND' group by a.id) v on v.id = p.id
    where l.${link.parent} in ${jsonListSql(dialect)}
    group by 1, 2, 3 order by 1, 2, 3`;
  return runSql<ProjectGroup>(em, sql, [JSON.stringify(provinceIds)]);
}

/**
 * Observations per indicator and year, optionally of one province and known on a date. The date
 * rule mirrors observation/index.ts (a figure is known from its date, else from the end of its
 * years); test/summary.test.ts checks that the two agree.
 */
export async function yearCounts(em: EntityManager, indicatorIds: readonly number[], provinceId: number | null, date: string | null) {
  const col = (property: string) => columnOf(em, Observation, property);
  const meta = em.getMetadata().get(Observation.name);
  const endYear = Object.values(meta.properties).find((prop) => prop.embedded?.[0] === 'period' && prop.embedded?.[1] === 'endYear')!.fieldNames[0]!;
  const asOf = col('asOf');
  // Typed parameters: PostgreSQL must know a parameter's type even where it is only tested for null.
  const knownOn = `coalesce(o.${asOf}, cast(o.${endYear} as text) || '-12-31')`;
  const sql = `select parent, year, cast(count(*) as integer) as count from (
      select o.${col('indicator')} as parent, coalesce(o.${endYear}, cast(substr(o.${asOf}, 1, 4) as integer)) as year
      from ${meta.tableName} o where o.${col('indicator')} in ${jsonListSql(dialectOf(em))}
        and (cast(? as integer) is null or o.${col('province')} = cast(? as integer))
        and (cast(? as text) is null or ${knownOn} is null or ${knownOn} <= cast(? as text))) y
    where year is not null group by parent, year order by parent, year`;
  return runSql<{ parent: number; year: number; count: number }>(em, sql, [JSON.stringify(indicatorIds), provinceId, provinceId, date, date]);
}
