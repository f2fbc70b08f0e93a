import type { z } from 'zod';
import { settableRelations } from './declared-relations.js';
import * as infrastructure from './fixture-infrastructure.schema.js';
import * as plan from './fixture-plan.schema.js';
import * as reference from './fixture-reference.schema.js';

// Every collection, in load order: rows are inserted (and their citations numbered) in this order,
// so a collection only refers to collections above it, or to itself. Each schema file lists its
// collections in this order.
export const COLLECTIONS = { ...reference.collections, ...plan.collections, ...infrastructure.collections };

type Collections = typeof COLLECTIONS;
export type CollectionName = keyof Collections;
export type Dataset = { [K in CollectionName]: z.infer<Collections[K]['schema']>[] };

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export const FIXTURE_FILES: readonly string[] = Object.values(COLLECTIONS).map((c) => c.file);

/** The collection whose records become rows of the named entity. */
function collectionOf(entityName: string): CollectionName {
  const name = COLLECTION_NAMES.find((n) => COLLECTIONS[n].entity.name === entityName);
  if (!name) throw new Error(`no fixture collection holds ${entityName} records`);
  return name;
}

// Every reference field and the collection it points into: the schema fields (in schema order,
// the order the problems are listed in) that the entity declares as relations.
export const REFERENCES: [CollectionName, string, CollectionName][] = COLLECTION_NAMES.flatMap((name) => {
  const relations = settableRelations(COLLECTIONS[name].entity);
  return Object.keys(COLLECTIONS[name].schema.shape).flatMap((field) => {
    const target = relations.get(field);
    return target ? [[name, field, collectionOf(target)] as [CollectionName, string, CollectionName]] : [];
  });
});

/** Every problem found, each naming the file, the record, the field, what was expected and what was found. */
export class FixtureError extends Error {
  constructor(readonly problems: string[]) {
    super(`Fixtures are invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was imported:\n- ${problems.join('\n- ')}`);
    this.name = 'FixtureError';
  }
}

/** How a problem names its record: the file, the position in it and, when it has one, its key. */
export function recordLabel(file: string, index: number, record: unknown, keyField: string): string {
  const key = record && typeof record === 'object' ? (record as Record<string, unknown>)[keyField] : undefined;
  return `${file}: record ${index + 1}${typeof key === 'string' ? ` (${keyField} "${key}")` : ''}`;
}
