import { createOrm } from '../orm.js';
import type { DatabaseSettings } from './database.js';
import type { Dataset } from './dataset.js';
import { type KeyedTables, keyTables } from './diff-keys.js';
import { readDatabase, readTables } from './diff-read.js';
import { type TablePlan, tablePlans } from './diff-tables.js';
import { importDataset } from './import.js';

// `npm run import -- --diff`: what an import of the dataset would add, change and remove in the
// database at dbPath, which it leaves untouched. The fixtures' side is the import itself, run into
// an in-memory database, so both sides are rows as SQLite stores them and nothing is mapped twice.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface TableDiff {
  table: string;
  label: string;
  added: string[];
  removed: string[];
  changed: { key: string; fields: FieldChange[] }[];
  /** Rows that stay would move: ids, and so the order of every list, follow the fixture order. */
  reordered: boolean;
}

export interface DiffReport {
  database: string;
  /** False when there is no database to read (missing, or not a database): every row is added. */
  found: boolean;
  /** What makes the database differ from a build as a whole: missing, incomplete, an older schema. */
  notes: string[];
  /** Only the tables with a difference. */
  tables: TableDiff[];
  totals: { added: number; changed: number; removed: number; reordered: number };
}

/** The tables the import reads and what importing the dataset would put in them, keyed. */
async function importedTables(dataset: Dataset, settings: DatabaseSettings): Promise<{ plans: TablePlan[]; wanted: KeyedTables }> {
  const orm = await createOrm({ ...settings, dbName: ':memory:' });
  try {
    await importDataset(orm, dataset);
    const plans = tablePlans(orm.getMetadata());
    const names = plans.map((p) => p.table);
    return { plans, wanted: keyTables(plans, await readTables(orm, names)) };
  } finally {
    await orm.close(true);
  }
}

/** Compares what importing the dataset would write with what the database at dbPath holds. */
export async function diffDatabase(dbPath: string, dataset: Dataset, settings: DatabaseSettings = {}): Promise<DiffReport> {
  const { plans, wanted } = await importedTables(dataset, settings);
  const names = plans.map((p) => p.table);
  const live = await readDatabase(dbPath, names, settings);
  const held = keyTables(plans, live.rows);
  const tables = plans.map((plan) => compareTable(plan, held.get(plan.table)!, wanted.get(plan.table)!)).filter(hasDifference);
  const sum = (count: (t: TableDiff) => number) => tables.reduce((total, t) => total + count(t), 0);
  return {
    database: dbPath,
    found: live.found,
    notes: live.notes,
    tables,
    totals: {
      added: sum((t) => t.added.length),
      changed: sum((t) => t.changed.length),
      removed: sum((t) => t.removed.length),
      reordered: sum((t) => +t.reordered),
    },
  };
}

export const hasDifference = (t: TableDiff): boolean => t.added.length > 0 || t.removed.length > 0 || t.changed.length > 0 || t.reordered;

// Values are primitives or parsed JSON: equal when they serialise alike. A column one side lacks
// (undefined) differs from a null.
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const names = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return names.filter((field) => !same(before[field], after[field])).map((field) => ({ field, before: before[field], after: after[field] }));
}

function compareTable(plan: TablePlan, held: Map<string, Record<string, unknown>>, wanted: Map<string, Record<string, unknown>>): TableDiff {
  const changed = [...wanted]
    .filter(([key]) => held.has(key))
    .map(([key, row]) => ({ key, fields: changedFields(held.get(key)!, row) }))
    .filter((c) => c.fields.length > 0);
  // Only rows with their own natural key have an order of their own; numbered rows show a move as
  // changed fields, and pivot rows are read by their ends.
  const kept = (rows: Map<string, unknown>, other: Map<string, unknown>) => [...rows.keys()].filter((key) => other.has(key));
  const reordered = plan.rule.kind === 'natural' && !same(kept(held, wanted), kept(wanted, held));
  return {
    table: plan.table,
    label: plan.label,
    added: [...wanted.keys()].filter((key) => !held.has(key)),
    removed: [...held.keys()].filter((key) => !wanted.has(key)),
    changed,
    reordered,
  };
}
