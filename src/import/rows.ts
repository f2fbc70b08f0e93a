import type { EntityClass } from '@mikro-orm/core';
import { Breakthrough } from '../breakthrough/breakthrough.entity.js';
import { Citation } from '../citation/citation.entity.js';
import type { GateType } from '../gate/gate.enums.js';
import { foldDecisionNumber } from '../common/fold.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { EconomicZone } from '../economic-zone/economic-zone.entity.js';
import { GateStatusChange } from '../gate/gate-status-change.entity.js';
import { Gate } from '../gate/gate.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { Observation } from '../observation/observation.entity.js';
import { Project } from '../project/project.entity.js';
import { Province } from '../province/province.entity.js';
import { SourceDocument } from '../source/source.entity.js';
import { Target } from '../target/target.entity.js';
import type { CitationRecord, GateRecord } from './fixture.schema.js';
import type { Dataset } from './read-fixtures.js';

export type Row = Record<string, unknown>;

/** Slices that keep each INSERT within SQLite's limits on bound parameters and compound terms. */
export function* chunks<T>(rows: readonly T[], size = 400): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Row ids in list order: the import is deterministic, so importing twice yields the same rows. */
function idsOf<T>(records: readonly T[], key: (record: T) => string): Map<string, number> {
  return new Map(records.map((record, index) => [key(record), index + 1]));
}

const ref = (ids: Map<string, number>, key: string | null | undefined): number | null => (key == null ? null : ids.get(key)!);

/** An embedded Period as insertMany takes it: its inline properties, flattened. */
const periodColumns = (period: { startYear?: number | null; endYear: number } | null | undefined) => ({
  period_startYear: period?.startYear ?? null,
  period_endYear: period?.endYear ?? null,
});

/** The gate's type now (the last unplanned step) and the upgrade planned after it, if any. */
export function currentGateTypes(history: GateRecord['typeHistory']): { type: GateType; plannedType: GateType | null } {
  const lastDone = history.findLastIndex((change) => !change.planned);
  const type = history[lastDone]!.type;
  const plan = history.slice(lastDone + 1).findLast((change) => change.planned);
  return { type, plannedType: plan && plan.type !== type ? plan.type : null };
}

/** Turns a validated dataset into table rows, all keyed by deterministic ids. */
export function toRows(data: Dataset) {
  // Provinces are listed by statistics code, the active holder of a shared code first.
  const provinces = [...data.provinces].sort((a, b) => a.code.localeCompare(b.code) || a.status.localeCompare(b.status) || a.slug.localeCompare(b.slug));
  const id = {
    source: idsOf(data.sources, (r) => r.key),
    indicator: idsOf(data.indicators, (r) => r.code),
    province: idsOf(provinces, (r) => r.slug),
    decision: idsOf(data.decisions, (r) => r.key),
    zone: idsOf(data.economicZones, (r) => r.slug),
    breakthrough: idsOf(data.breakthroughs, (r) => r.key),
    target: idsOf(data.targets, (r) => r.key),
    observation: idsOf(data.observations, (r) => r.key),
    gate: idsOf(data.gates, (r) => r.slug),
    project: idsOf(data.projects, (r) => r.slug),
    milestone: idsOf(data.milestones, (r) => r.key),
  };
  const citations: Row[] = [];
  const cite = (ownerType: string, ownerId: number, list: CitationRecord[]) => {
    for (const c of list)
      citations.push({ id: citations.length + 1, ownerType, ownerId, source: id.source.get(c.source)!, locator: c.locator ?? null, quote: c.quote ?? null });
  };
  const statusChanges: Row[] = [];

  const tables: [EntityClass<object>, Row[]][] = [
    [SourceDocument, data.sources.map((r) => ({ ...r, id: id.source.get(r.key) }))],
    [Indicator, data.indicators.map((r) => ({ ...r, id: id.indicator.get(r.code) }))],
    [
      Province,
      provinces.map(({ citations: list, ...r }) => {
        cite('Province', id.province.get(r.slug)!, list);
        return { ...r, id: id.province.get(r.slug), formerCodes: r.formerCodes ?? [], mergedInto: ref(id.province, r.mergedInto) };
      }),
    ],
    [
      PlanDecision,
      data.decisions.map(({ citations: list, period, ...r }) => {
        cite('PlanDecision', id.decision.get(r.key)!, list);
        return {
          ...r,
          ...periodColumns(period),
          id: id.decision.get(r.key),
          numberFolded: r.number ? foldDecisionNumber(r.number) : null,
          province: ref(id.province, r.province),
          implements: ref(id.decision, r.implements),
        };
      }),
    ],
    [
      EconomicZone,
      data.economicZones.map(({ citations: list, ...r }) => {
        cite('EconomicZone', id.zone.get(r.slug)!, list);
        return {
          ...r,
          id: id.zone.get(r.slug),
          province: ref(id.province, r.province),
          partOf: ref(id.zone, r.partOf),
          establishedBy: ref(id.decision, r.establishedBy),
        };
      }),
    ],
    [
      Breakthrough,
      data.breakthroughs.map(({ citations: list, period, ...r }) => {
        cite('Breakthrough', id.breakthrough.get(r.key)!, list);
        return {
          ...r,
          ...periodColumns(period),
          id: id.breakthrough.get(r.key),
          province: ref(id.province, r.province),
          decision: ref(id.decision, r.decision),
        };
      }),
    ],
    [
      Target,
      data.targets.map(({ citations: list, period, ...r }) => {
        cite('Target', id.target.get(r.key)!, list);
        return {
          ...r,
          ...periodColumns(period),
          id: id.target.get(r.key),
          isAverage: r.isAverage ?? false,
          indicator: ref(id.indicator, r.indicator),
          province: ref(id.province, r.province),
          decision: ref(id.decision, r.decision),
        };
      }),
    ],
    [
      Observation,
      data.observations.map(({ citations: list, period, ...r }) => {
        cite('Observation', id.observation.get(r.key)!, list);
        return {
          ...r,
          ...periodColumns(period),
          id: id.observation.get(r.key),
          isAverage: r.isAverage ?? false,
          indicator: ref(id.indicator, r.indicator),
          province: ref(id.province, r.province),
          economicZone: ref(id.zone, r.economicZone),
        };
      }),
    ],
    [
      Gate,
      data.gates.map(({ citations: list, typeHistory, ...r }) => {
        const gateId = id.gate.get(r.slug)!;
        cite('Gate', gateId, list);
        for (const { citations: changeCitations, period, ...change } of typeHistory) {
          const changeId = statusChanges.length + 1;
          statusChanges.push({ ...change, ...periodColumns(period), id: changeId, gate: gateId });
          cite('GateStatusChange', changeId, changeCitations);
        }
        return {
          ...r,
          ...currentGateTypes(typeHistory),
          id: gateId,
          province: ref(id.province, r.province),
          partOf: ref(id.gate, r.partOf),
          economicZone: ref(id.zone, r.economicZone),
        };
      }),
    ],
    [GateStatusChange, statusChanges],
    [
      Project,
      data.projects.map(({ citations: list, period, provinces: _p, gates: _g, breakthroughs: _b, decisions: _d, ...r }) => {
        cite('Project', id.project.get(r.slug)!, list);
        return { ...r, ...periodColumns(period), id: id.project.get(r.slug), aliases: r.aliases ?? [], investment: r.investment ?? [] };
      }),
    ],
    [
      Milestone,
      data.milestones.map(({ citations: list, period, ...r }) => {
        cite('Milestone', id.milestone.get(r.key)!, list);
        return {
          ...r,
          ...periodColumns(period),
          id: id.milestone.get(r.key),
          province: ref(id.province, r.province),
          decision: ref(id.decision, r.decision),
          project: ref(id.project, r.project),
          gate: ref(id.gate, r.gate),
        };
      }),
    ],
    [Citation, citations],
  ];

  // Many-to-many links of projects, one pivot table per relation.
  const pivots: [keyof Project & string, Row[]][] = (
    [
      ['provinces', 'provinces', id.province],
      ['gates', 'gates', id.gate],
      ['breakthroughs', 'breakthroughs', id.breakthrough],
      ['decisions', 'decisions', id.decision],
    ] as const
  ).map(([property, field, targetIds]) => [
    property,
    data.projects.flatMap((project) => (project[field] ?? []).map((key) => ({ owner: id.project.get(project.slug)!, target: targetIds.get(key)! }))),
  ]);
  return { tables, pivots };
}
