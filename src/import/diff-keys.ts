import type { Row } from './row-helpers.js';
import type { Column, TablePlan } from './diff-tables.js';

// One side of the diff (the database, or what the fixtures would make of it) as rows keyed by
// natural keys, with every row id replaced by the key of the row it names: only then do the two
// sides compare, since the ids of either side follow its own fixture order.

/** Rows by table name, each table in row id order. */
export type Tables = Map<string, Row[]>;

/** Per table: each row's key and its fields by label, in row id order. */
export type KeyedTables = Map<string, Map<string, Record<string, unknown>>>;

/** A fixture value as the report shows it: booleans and JSON read back, references as keys. */
function value(column: Column, raw: unknown, keyOf: (entity: string, id: unknown) => string): unknown {
  if (raw === null || raw === undefined) return raw;
  if (column.type === 'ref') return keyOf(column.target!, raw);
  if (column.type === 'boolean') return raw === 1 || raw === true;
  if (column.type === 'json' && typeof raw === 'string') return JSON.parse(raw) as unknown;
  return raw;
}

/** The keys of a table's rows, in row order; numbered keys count per parent in list order. */
function keysOf(plan: TablePlan, rows: Row[], keyOf: (entity: string, id: unknown) => string): string[] {
  const { rule } = plan;
  if (rule.kind === 'natural') return rows.map((row) => String(row[rule.column]));
  const prefixes = rows.map((row) =>
    rule.kind === 'owner'
      ? `${String(row[rule.typeColumn])} ${keyOf(String(row[rule.typeColumn]), row[rule.idColumn])}`
      : rule.refs.map((ref) => keyOf(ref.target, row[ref.column])).join(' / '),
  );
  if (rule.kind === 'parents' && !rule.numbered) return prefixes;
  const seen = new Map<string, number>();
  return prefixes.map((prefix) => {
    const n = (seen.get(prefix) ?? 0) + 1;
    seen.set(prefix, n);
    return `${prefix}[${n}]`;
  });
}

/** Keys every table of one side. Keys are made on demand, so a row's parents are keyed before it. */
export function keyTables(plans: TablePlan[], tables: Tables): KeyedTables {
  const byEntity = new Map(plans.map((plan) => [plan.entity, plan]));
  const keysById = new Map<string, Map<unknown, string>>();
  const keyOf = (entity: string, id: unknown): string => {
    let ids = keysById.get(entity);
    const plan = byEntity.get(entity);
    if (!ids && plan?.idColumn) {
      const rows = tables.get(plan.table) ?? [];
      const keys = keysOf(plan, rows, keyOf);
      ids = new Map(rows.map((row, i) => [row[plan.idColumn!], keys[i]!]));
      keysById.set(entity, ids);
    }
    // A reference to no row (a broken database) still shows, as the id it holds.
    return ids?.get(id) ?? `#${String(id)}`;
  };
  const keyed: KeyedTables = new Map();
  for (const plan of plans) {
    const rows = tables.get(plan.table) ?? [];
    const keys = keysOf(plan, rows, keyOf);
    keyed.set(plan.table, new Map(rows.map((row, i) => [keys[i]!, fields(plan, row, keyOf)])));
  }
  return keyed;
}

/** A row's compared fields by label: mapped columns first, then any column the code no longer maps. */
function fields(plan: TablePlan, row: Row, keyOf: (entity: string, id: unknown) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, column] of plan.columns) if (!plan.keyColumns.has(name)) out[column.label] = value(column, row[name], keyOf);
  for (const name of Object.keys(row)) if (!plan.columns.has(name) && !plan.keyColumns.has(name)) out[name] = row[name];
  return out;
}
