import { type EntityMetadata, type EntityProperty, type MetadataStorage, ReferenceKind } from '@mikro-orm/core';
import type { Collection } from './collection.js';
import { COLLECTION_NAMES, COLLECTIONS } from './dataset.js';

// How `npm run import -- --diff` recognises a row on both sides. Row ids follow the fixture order,
// so one record added near the top renumbers every row after it: rows are matched by a key made of
// natural keys instead, read from MikroORM's metadata and COLLECTIONS, so that a new collection,
// nested entity or pivot table is covered without an edit here.

/** A reference column: its values are row ids of `target` (an entity name), shown as that row's key. */
export interface Ref {
  column: string;
  target: string;
}

/**
 * natural: the entity's static naturalKey. parents: the keys of the rows it hangs from (a pivot's
 * two ends; a nested record's parent, numbered in list order). owner: a polymorphic owner, an
 * entity name and a row id in two columns (Citation), numbered in list order.
 */
export type KeyRule =
  { kind: 'natural'; column: string } | { kind: 'parents'; refs: Ref[]; numbered: boolean } | { kind: 'owner'; typeColumn: string; idColumn: string };

export interface Column {
  /** The property's name as a fixture writes it: `areaKm2`, `period.startYear`, `province`. */
  label: string;
  type: 'plain' | 'boolean' | 'json' | 'ref';
  target?: string;
}

export interface TablePlan {
  table: string;
  entity: string;
  /** How the report names the table: the entity and, for a collection, its file. */
  label: string;
  /** The column other rows' references hold; null for a pivot table, which nothing points at. */
  idColumn: string | null;
  rule: KeyRule;
  /** Every mapped column, in property order. */
  columns: Map<string, Column>;
  /** Columns not compared field by field: the row id and the columns the key is made of. */
  keyColumns: Set<string>;
}

// Citation's owner is an entity name and a row id (rows.ts cites by both): the metadata cannot
// describe it as a relation, so it is recognised by these two properties.
const OWNER_TYPE = 'ownerType';
const OWNER_ID = 'ownerId';

const column = (prop: EntityProperty): string => prop.fieldNames[0]!;

function columnOf(prop: EntityProperty): Column | null {
  const label = prop.embedded ? prop.embedded.join('.') : prop.name;
  if (prop.kind === ReferenceKind.MANY_TO_ONE) return { label, type: 'ref', target: prop.targetMeta!.className };
  if (prop.kind !== ReferenceKind.SCALAR || prop.persist === false || prop.formula) return null;
  if (prop.runtimeType === 'boolean') return { label, type: 'boolean' };
  return { label, type: /json/i.test(String(prop.type)) ? 'json' : 'plain' };
}

const refsOf = (meta: EntityMetadata): Ref[] =>
  meta.props.filter((p) => p.kind === ReferenceKind.MANY_TO_ONE).map((p) => ({ column: column(p), target: p.targetMeta!.className }));

/** The entity whose collection writes `meta`'s records inside its own, if any (GateStatusChange in Gate). */
function nestingParent(meta: EntityMetadata): string | undefined {
  const name = COLLECTION_NAMES.find((n) => (COLLECTIONS[n] as Collection).nested?.entity.name === meta.className);
  return name && COLLECTIONS[name].entity.name;
}

function keyRule(meta: EntityMetadata): KeyRule {
  const naturalKey = (meta.class as { naturalKey?: unknown }).naturalKey;
  if (typeof naturalKey === 'string') return { kind: 'natural', column: column(meta.properties[naturalKey]!) };
  const refs = refsOf(meta);
  // A pivot row is its two ends, and a pair appears once.
  if (meta.pivotTable) return { kind: 'parents', refs, numbered: false };
  const parent = nestingParent(meta);
  if (parent) return { kind: 'parents', refs: refs.filter((r) => r.target === parent), numbered: true };
  const [type, id] = [meta.properties[OWNER_TYPE], meta.properties[OWNER_ID]];
  if (type && id) return { kind: 'owner', typeColumn: column(type), idColumn: column(id) };
  // Anything else: its references (not to itself, whose keys are being made), numbered.
  return { kind: 'parents', refs: refs.filter((r) => r.target !== meta.className), numbered: true };
}

function keyColumns(meta: EntityMetadata, rule: KeyRule): Set<string> {
  const ids = meta.pivotTable ? [] : meta.primaryKeys.map((name) => column(meta.properties[name]!));
  if (rule.kind === 'natural') return new Set([...ids, rule.column]);
  if (rule.kind === 'owner') return new Set([...ids, rule.typeColumn, rule.idColumn]);
  return new Set([...ids, ...rule.refs.map((r) => r.column)]);
}

const fileOf = (entity: string) => COLLECTION_NAMES.map((n) => COLLECTIONS[n] as Collection).find((c) => c.entity.name === entity)?.file;

/** How the report names a table: as the fixtures say it (`Project.gates (projects.yaml)`), else by its entity. */
function labelOf(meta: EntityMetadata, metadata: MetadataStorage): string {
  if (meta.pivotTable) {
    const owner = Object.values(metadata.getAll()).find((m) => m.props.some((p) => p.pivotTable === meta.tableName && p.owner));
    const prop = owner?.props.find((p) => p.pivotTable === meta.tableName && p.owner);
    if (!owner || !prop) return meta.tableName;
    const file = fileOf(owner.className);
    return `${owner.className}.${prop.name}${file ? ` (${file})` : ''}`;
  }
  const parent = nestingParent(meta);
  const file = fileOf(parent ?? meta.className);
  return file ? `${meta.className} (${parent ? 'in ' : ''}${file})` : meta.className;
}

function plan(meta: EntityMetadata, metadata: MetadataStorage): TablePlan {
  const rule = keyRule(meta);
  const columns = new Map<string, Column>();
  for (const prop of meta.props) {
    const mapped = columnOf(prop);
    if (mapped) columns.set(column(prop), mapped);
  }
  return {
    table: meta.tableName,
    entity: meta.className,
    label: labelOf(meta, metadata),
    idColumn: meta.pivotTable ? null : column(meta.properties[meta.primaryKeys[0]!]!),
    rule,
    columns,
    keyColumns: keyColumns(meta, rule),
  };
}

/** One plan per table the import fills, in load order: the collections (each with its nested entity), the rest, the pivots. */
export function tablePlans(metadata: MetadataStorage): TablePlan[] {
  const metas = Object.values(metadata.getAll()).filter((m) => !m.abstract && !m.embeddable && !m.virtual);
  const loadOrder = COLLECTION_NAMES.flatMap((n) => {
    const { entity, nested } = COLLECTIONS[n] as Collection;
    return nested ? [entity.name, nested.entity.name] : [entity.name];
  });
  const rank = (m: EntityMetadata) => (m.pivotTable ? 2 : loadOrder.includes(m.className) ? 0 : 1);
  const position = (m: EntityMetadata) => loadOrder.indexOf(m.className);
  return metas.sort((a, b) => rank(a) - rank(b) || position(a) - position(b) || a.tableName.localeCompare(b.tableName)).map((meta) => plan(meta, metadata));
}
