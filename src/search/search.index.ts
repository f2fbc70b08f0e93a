import type { EntityManager } from '@mikro-orm/knex';
import { fold } from '../common/fold.js';
import { dialectOf, type Dialect } from '../db/dialect.js';
import { SEARCH_TABLE } from '../db/schema-version.js';
import { SEARCHABLE, TYPE_ORDER } from './searchable.js';
import { words } from './search.text.js';
import type { SearchType } from './search.types.js';

// One row per searchable text of an entity. `folded` is the text through the same fold() as slugs
// and decision numbers; `original` keeps it for snippets. The index is each engine's own full-text
// search, so its table is the one piece of DDL written per database (the entities' tables come
// from MikroORM): SQLite's FTS5 indexes `folded` with its unicode61 tokenizer; PostgreSQL keeps a
// tsvector of the same words, split by words() here rather than by a text-search parser (whose
// idea of a letter depends on the server's locale), with a GIN index for the prefix queries.
const SEARCH_TABLE_DDL: Record<Dialect, string[]> = {
  sqlite: [
    `create virtual table ${SEARCH_TABLE} using fts5(folded, type unindexed, entity_id unindexed, field unindexed, lang unindexed, is_name unindexed, original unindexed, tokenize = 'unicode61')`,
  ],
  postgresql: [
    `create table ${SEARCH_TABLE} (folded text not null, type text not null, entity_id integer not null, field text not null, lang text, is_name integer not null, original text not null, words tsvector not null)`,
    `create index ${SEARCH_TABLE}_words on ${SEARCH_TABLE} using gin (words)`,
  ],
};

/**
 * The words of a text as a tsvector literal with their positions ('cao':1 'bang':2): taken as they
 * are (no parser, no stemming, as the `simple` configuration), and with positions so that ts_rank
 * weighs a word against the text's length as bm25 does. words() yields letters and digits only,
 * so nothing needs quoting.
 */
function tsvectorOf(folded: string): string {
  const positions = new Map<string, number[]>();
  words(folded).forEach((word, i) => positions.set(word, [...(positions.get(word) ?? []), Math.min(i + 1, 16383)]));
  return [...positions].map(([word, at]) => `'${word}':${at.join(',')}`).join(' ');
}

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
  const dialect = dialectOf(em);
  await em.execute(`drop table if exists ${SEARCH_TABLE}`);
  for (const statement of SEARCH_TABLE_DDL[dialect]) await em.execute(statement);
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
  const stored = dialect === 'postgresql' ? rows.map((row) => ({ ...row, words: knex.raw('?::tsvector', [tsvectorOf(row.folded)]) })) : rows;
  for (let i = 0; i < stored.length; i += 500) await em.execute(knex(SEARCH_TABLE).insert(stored.slice(i, i + 500)));
  return rows.length;
}
