import type { GateType } from '../gate/gate.enums.js';
import { typeOn } from '../gate/gate-types.js';
import type { CitationRecord } from './fixture-fields.js';
import type { GateRecord } from './fixture-infrastructure.schema.js';

// The pieces the generic mapping (rows.ts, row-mapper.ts) shares that are not read from the
// metadata: the row type, insert chunks, the citation table and the gate's current types.

export type Row = Record<string, unknown>;

/** Slices that keep each INSERT within SQLite's limits on bound parameters and compound terms. */
export function* chunks<T>(rows: readonly T[], size = 400): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** The gate's type now (the last unplanned step) and the upgrade planned after it, if any. */
export function currentGateTypes(history: GateRecord['typeHistory']): { type: GateType; plannedType: GateType | null } {
  // The schema requires a step done, so there is always a type.
  return typeOn(history)!;
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
  return { rows, cite };
}
