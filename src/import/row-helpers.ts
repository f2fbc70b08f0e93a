import type { GateType } from '../gate/gate.enums.js';
import type { Project } from '../project/project.entity.js';
import type { Dataset } from './dataset.js';
import type { CitationRecord } from './fixture-fields.js';
import type { GateRecord } from './fixture-infrastructure.schema.js';

// The pieces toRows (rows.ts) builds table rows from: ids, references, flattened periods, gate
// types, the citation table and the project pivots.

export type Row = Record<string, unknown>;

/** Slices that keep each INSERT within SQLite's limits on bound parameters and compound terms. */
export function* chunks<T>(rows: readonly T[], size = 400): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Row ids in list order: the import is deterministic, so importing twice yields the same rows. */
function idsOf<T>(records: readonly T[], key: (record: T) => string): Map<string, number> {
  return new Map(records.map((record, index) => [key(record), index + 1]));
}

/** The provinces in row order, and the row id of every record of every collection by its key. */
export function rowIds(data: Dataset) {
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
  return { provinces, id };
}

type RowIds = ReturnType<typeof rowIds>['id'];

export const ref = (ids: Map<string, number>, key: string | null | undefined): number | null => (key == null ? null : ids.get(key)!);

/** An embedded Period as insertMany takes it: its inline properties, flattened. */
export const periodColumns = (period: { startYear?: number | null; endYear: number } | null | undefined) => ({
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

/**
 * The citation table, filled while the cited collections are mapped. Citation ids follow the order
 * of the calls, so a fixed mapping order gives the same ids on every import.
 */
export function citationTable(sourceIds: Map<string, number>) {
  const rows: Row[] = [];
  const cite = (ownerType: string, ownerId: number, list: CitationRecord[]) => {
    for (const c of list)
      rows.push({ id: rows.length + 1, ownerType, ownerId, source: sourceIds.get(c.source)!, locator: c.locator ?? null, quote: c.quote ?? null });
  };
  /**
   * The step every cited collection shares: for each record, in order, its citations are added
   * (owned by its row id, found in `ids` under its natural key) before `toRow` builds its row from
   * the other fields.
   */
  const cited = <K extends string, R extends Record<K, string> & { citations: CitationRecord[] }>(
    ownerType: string,
    records: readonly R[],
    ids: Map<string, number>,
    key: K,
    toRow: (fields: Omit<R, 'citations'>, id: number) => Row,
  ): Row[] =>
    records.map((record) => {
      const { citations: list, ...fields } = record;
      const id = ids.get(record[key])!;
      cite(ownerType, id, list);
      return toRow(fields, id);
    });
  return { rows, cite, cited };
}

/** Many-to-many links of projects, one pivot table per relation. */
export function projectPivots(projects: Dataset['projects'], id: RowIds): [keyof Project & string, Row[]][] {
  return (
    [
      ['provinces', 'provinces', id.province],
      ['gates', 'gates', id.gate],
      ['breakthroughs', 'breakthroughs', id.breakthrough],
      ['decisions', 'decisions', id.decision],
    ] as const
  ).map(([property, field, targetIds]) => [
    property,
    projects.flatMap((project) => (project[field] ?? []).map((key) => ({ owner: id.project.get(project.slug)!, target: targetIds.get(key)! }))),
  ]);
}
