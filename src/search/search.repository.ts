import type { EntityManager } from '@mikro-orm/knex';
import { dialectOf } from '../db/dialect.js';
import { runQuery } from '../db/query.js';
import { SEARCH_TABLE } from '../db/schema-version.js';
import { matchExpression, prefixQuery, words } from './search.text.js';
import type { IndexRow } from './search.index.js';
import { TYPE_ORDER } from './searchable.js';
import type { SearchType } from './search.types.js';

export interface SearchHit {
  type: SearchType;
  entityId: number;
  field: string;
  lang: string | null;
  original: string;
  score: number;
}

/** An index row that matched, with its rank (lower is better). */
type MatchRow = IndexRow & { rank: number };

// Tiers: the whole name, then a name starting with the query, then a name containing it, then any other field.
const EXACT_NAME = 3;
const NAME_PREFIX = 2;
const IN_NAME = 1;
const OTHER_FIELD = 0;

function tier(row: MatchRow, query: readonly string[]): number {
  if (!row.is_name) return OTHER_FIELD;
  const name = words(row.folded);
  const startsWithQuery = query.every((word, i) => (i === query.length - 1 ? name[i]?.startsWith(word) : name[i] === word));
  if (startsWithQuery && name.length === query.length && name[query.length - 1] === query[query.length - 1]) return EXACT_NAME;
  return startsWithQuery ? NAME_PREFIX : IN_NAME;
}

/**
 * Entities whose texts contain every query word (as a word prefix), best first: one hit per entity,
 * its best-matching field. Ties keep a stable order: type, then the entity's list order.
 */
export async function searchIndex(
  em: EntityManager,
  query: readonly string[],
  options: { types?: readonly SearchType[]; namesOnly?: boolean } = {},
): Promise<SearchHit[]> {
  const knex = em.getKnex();
  const columns = ['type', 'entity_id', 'field', 'lang', 'is_name', 'original', 'folded'];
  // SQLite: FTS5's bm25 (negative, lower is better). PostgreSQL: ts_rank divided by the text's
  // length (normalization 2, as bm25 prefers the shorter text), negated to order the same way.
  const select =
    dialectOf(em) === 'postgresql'
      ? knex(SEARCH_TABLE)
          .select(...columns, knex.raw('-ts_rank(words, ?::tsquery, 2) as rank', [prefixQuery(query)]))
          .whereRaw('words @@ ?::tsquery', [prefixQuery(query)])
      : knex(SEARCH_TABLE)
          .select(...columns, knex.raw(`bm25(${SEARCH_TABLE}) as rank`))
          .whereRaw(`${SEARCH_TABLE} match ?`, [matchExpression(query)]);
  if (options.types?.length) select.whereIn('type', [...options.types]);
  if (options.namesOnly) select.where('is_name', 1);
  const rows = await runQuery<MatchRow>(em, select);

  const best = new Map<string, SearchHit>();
  for (const row of rows) {
    // The rank only orders rows within a tier.
    const score = Math.round((tier(row, query) * 100 - Number(row.rank)) * 1000) / 1000;
    const key = `${row.type}:${row.entity_id}`;
    if ((best.get(key)?.score ?? -Infinity) < score) {
      best.set(key, { type: row.type, entityId: Number(row.entity_id), field: row.field, lang: row.lang, original: row.original, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.entityId - b.entityId);
}
