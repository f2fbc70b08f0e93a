import { type EntityMetadata, type EntityProperty, ReferenceKind } from '@mikro-orm/core';
import type { Row } from './row-helpers.js';

// How a fixture record becomes a row for insertMany, read from the entity's discovered metadata
// once per entity and then applied to every record: the import holds no per-entity mapping.

/** Row ids by natural key, for the entity a reference points at (found by its class name). */
export type IdsOf = (entityName: string) => Map<string, number>;

/** The rows of one pivot table, as knex inserts them: the owner's and the target's join column. */
export interface PivotRows {
  table: string;
  rows: Row[];
}

const isOwningManyToMany = (prop: EntityProperty) => prop.kind === ReferenceKind.MANY_TO_MANY && prop.owner && !prop.mappedBy;

/**
 * The row builder of an entity. Scalars are copied; a value the record leaves out takes the one a
 * new entity instance starts with (`isAverage = false`, `aliases = []`), as creating the entity
 * would. A many-to-one holds a natural key and becomes the target's row id. An embedded value
 * (Period) is flattened into the property names insertMany takes for its columns. Collections are
 * skipped: one-to-many and inverse many-to-many are the other side's columns, and the owning
 * many-to-many sides go to pivot rows (pivotRows).
 */
export function rowMapper(meta: EntityMetadata, idsOf: IdsOf): (record: Row, id: number) => Row {
  const initial = new (meta.class as new () => Row)();
  const scalars: string[] = [];
  const defaults: unknown[] = [];
  const references: [string, Map<string, number>][] = [];
  const flattened: [string, [string, string][]][] = [];
  for (const prop of meta.props) {
    if (prop.primary || prop.persist === false || prop.formula) continue;
    if (prop.kind === ReferenceKind.SCALAR && !prop.embedded) {
      scalars.push(prop.name);
      defaults.push(initial[prop.name]);
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE) {
      references.push([prop.name, idsOf(prop.targetMeta!.className)]);
    } else if (prop.kind === ReferenceKind.EMBEDDED && !prop.object) {
      // Inline embeddables: each inner property is a property of its own (period_startYear).
      flattened.push([prop.name, Object.entries(prop.embeddedProps).map(([inner, column]) => [inner, column.name])]);
    } else if (prop.kind === ReferenceKind.EMBEDDED) {
      scalars.push(prop.name);
      defaults.push(initial[prop.name]);
    }
  }
  const [primaryKey] = meta.primaryKeys as string[];
  return (record, id) => {
    const row: Row = { [primaryKey!]: id };
    for (let i = 0; i < scalars.length; i++) {
      const value = record[scalars[i]!] ?? defaults[i];
      // Left out rather than set to undefined, as a field the record lacks: a column that no row of a
      // chunk sets stays out of its INSERT.
      if (value !== undefined) row[scalars[i]!] = value;
    }
    for (const [name, ids] of references) {
      const key = record[name] as string | null | undefined;
      row[name] = key == null ? null : ids.get(key)!;
    }
    for (const [name, columns] of flattened) {
      const value = record[name] as Row | null | undefined;
      for (const [inner, column] of columns) row[column] = value?.[inner] ?? null;
    }
    return row;
  };
}

/**
 * The pivot rows of an entity's owning many-to-many properties, one table each, filled record by
 * record: `add` appends the links a record's list of natural keys makes.
 */
export function pivotRows(meta: EntityMetadata, idsOf: IdsOf) {
  const links = meta.props.filter(isOwningManyToMany).map((prop) => {
    // One join column each way: every entity here has a single-column primary key.
    const [owner, target] = [prop.joinColumns[0]!, prop.inverseJoinColumns[0]!];
    return { name: prop.name, owner, target, ids: idsOf(prop.targetMeta!.className), pivot: { table: prop.pivotTable, rows: [] as Row[] } };
  });
  const add = (record: Row, id: number) => {
    for (const { name, owner, target, ids, pivot } of links) {
      for (const key of (record[name] as string[] | null | undefined) ?? []) pivot.rows.push({ [owner]: id, [target]: ids.get(key)! });
    }
  };
  return { pivots: links.map((link): PivotRows => link.pivot), add };
}
