import type { EntityManager } from '@mikro-orm/knex';
import { fold } from '../common/fold.js';
import { SEARCH_TABLE } from '../db/schema-version.js';
import { SEARCHABLE, TYPE_ORDER } from './searchable.js';
import type { SearchType } from './search.types.js';

// One FTS5 row per searchable text of an entity. `folded` (the only indexed column) is the text
// through the same fold() as slugs and decision numbers; `original` keeps it for snippets.
// SQLite-specific: on PostgreSQL this module becomes a tsvector table; nothing else changes.
export const SEARCH_TABLE_DDL = `create virtual table if not exists ${SEARCH_TABLE} using fts5(folded, type unindexed, entity_id unindexed, field unindexed, lang unindexed, is_name unindexed, original unindexed, tokenize = 'unicode61')`;

/** One row of the index, as stored. */
export interface IndexRow {
  folded: string;
  type: SearchType;
  entity_id: number;
  field: string;
  lang: string | null;
  is_name: number;
  original: string;
}

/** Replaces the whole index with the database's current content; runs inside the import's transaction. */
export async function rebuildSearchIndex(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  // Recreated, not emptied: fresh rowids keep a rebuild from the same data byte-identical.
  await em.execute(`drop table if exists ${SEARCH_TABLE}`);
  await em.execute(SEARCH_TABLE_DDL);
  const rows: IndexRow[] = [];
  for (const type of TYPE_ORDER) {
    const { entity, fields } = SEARCHABLE.get(type)!;
    for (const record of await em.find(entity, {}, { orderBy: { id: 'asc' } })) {
      for (const { property, lang, isName } of fields) {
        const value = (record as unknown as Record<string, unknown>)[property];
        for (const text of (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '')) {
          rows.push({ folded: fold(text), type, entity_id: record.id, field: property, lang, is_name: isName ? 1 : 0, original: text });
        }
      }
    }
  }
  // Batches keep each INSERT under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 500) await em.execute(knex(SEARCH_TABLE).insert(rows.slice(i, i + 500)));
  return rows.length;
}
