import type { CitationRecord } from './fixture-fields.js';

// The pieces the generic mapping (rows.ts, row-mapper.ts) shares that are not read from the
// metadata: the row type, insert chunks and the citation table.

export type Row = Record<string, unknown>;

/** Slices that keep each INSERT within SQLite's limits on bound parameters and compound terms. */
export function* chunks<T>(rows: readonly T[], size = 400): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
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
