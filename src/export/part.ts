import type { EntityClass } from '@mikro-orm/core';
import type { Loaders } from '../data/loaders.js';

/** A value as JSONL writes it; CSV writes it as text (format.ts). */
export type Value = string | number | boolean | null | readonly Value[] | { readonly [key: string]: Value };

/** A row as the RowMapper reads it (data/row.ts): properties, many-to-one references as `{ id }`. */
export type ExportRow = Readonly<Record<string, unknown>> & { readonly id: number };

export type ExportEntity = EntityClass<Record<string, unknown>>;

export interface Column {
  name: string;
  /** The value as CSV text, where the default of format.ts does not read well. */
  csv?: (value: Value) => string;
}

/**
 * Columns that read a page of rows together: `load` fetches what they need for the whole page
 * (one batched statement per relation, or none), then answers each row's values in column order.
 */
export interface Part {
  columns: Column[];
  load(rows: readonly ExportRow[], loaders: Loaders): Promise<(row: ExportRow) => Value[]>;
}

export const naturalKeyOf = (entity: object): string | undefined => (entity as { naturalKey?: string }).naturalKey;
export const idOf = (value: unknown): number | null => (value as { id?: number } | null | undefined)?.id ?? null;
export const unique = <T>(values: Iterable<T | null>): T[] => [...new Set(values)].filter((v): v is T => v != null);

/** A DataLoader result, its error thrown. */
export function settled<V>(value: V | Error): V {
  if (value instanceof Error) throw value;
  return value;
}

/** Rows of one page per key, in the order of `keys`: one batched statement (loadMany). */
export async function loadEach<K, V>(loader: { loadMany(keys: readonly K[]): Promise<(V | Error)[]> }, keys: readonly K[]): Promise<Map<K, V>> {
  const values = (await loader.loadMany(keys)).map(settled);
  return new Map(keys.map((key, i) => [key, values[i]!]));
}
