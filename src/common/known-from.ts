import type { EntityClass } from '@mikro-orm/core';
import type { Loaders } from '../data/loaders.js';
import type { Row } from '../data/row.js';

/** The date a record enters the graph (a document's signature, a figure's date); null: always there. */
type KnownFrom<T> = (rows: readonly Row<T>[], loaders: Loaders) => Promise<(string | null)[]>;

const dated = new Map<EntityClass<object>, KnownFrom<never>>();

/**
 * Declares when the records of an entity become known, for `asOf`: a document signed after the
 * date is absent, and so is what it sets. Each feature declares its own in its index.ts; entities
 * that describe things rather than statements (provinces, gates, projects) stay undated.
 */
export function knownFrom<T extends object>(entity: EntityClass<T>, dates: KnownFrom<T>): void {
  dated.set(entity as EntityClass<object>, dates as KnownFrom<never>);
}

/** A one-row rule as a batch rule. */
export const eachRow =
  <T>(date: (row: Row<T>) => string | null): KnownFrom<T> =>
  async (rows) =>
    rows.map(date);

/** The rows known on `date` (all of them without a date, or for an undated entity), in order. */
export async function knownOn<T extends object>(
  loaders: Loaders,
  entity: EntityClass<T>,
  rows: readonly Row<T>[],
  date: string | null | undefined,
): Promise<Row<T>[]> {
  const rule = dated.get(entity as EntityClass<object>) as KnownFrom<T> | undefined;
  if (!date || !rule) return [...rows];
  const dates = await rule(rows, loaders);
  return rows.filter((_, i) => dates[i] == null || dates[i]! <= date);
}

/** Whether `entity` has a date rule (only then does asOf cost anything). */
export const isDated = (entity: EntityClass<object>): boolean => dated.has(entity);
