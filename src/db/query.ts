import type { EntityManager, Knex } from '@mikro-orm/knex';
import { ReadSnapshot } from './snapshot.js';
import { QueryStats } from './sql-counter.js';

/**
 * Runs a read with its values bound as SQL parameters. MikroORM's `em.execute` formats values into
 * the SQL text before running it, so a NUL byte or a quote in a user's argument reaches SQLite's
 * tokenizer; here they never leave the parameter list. The statement is still logged (and counted
 * against the request) through MikroORM's logger, with the request fork's logger context.
 */
export async function runQuery<T>(em: EntityManager, query: Knex.QueryBuilder | Knex.Raw): Promise<T[]> {
  const { sql, bindings } = query.toSQL();
  return runSql<T>(em, sql, bindings);
}

// An unpaired UTF-16 surrogate: not a character, so not encodable as UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A value as text the database can take: PostgreSQL's text holds no NUL and only valid UTF-8, and
 * refuses a statement binding either. Both become U+FFFD, which no stored key holds, so a lookup
 * by such a value finds nothing on either database, as the same lookup does on SQLite.
 */
export function storable<T>(value: T): T {
  return (typeof value === 'string' ? value.replaceAll('\0', '\uFFFD').replace(LONE_SURROGATE, '\uFFFD') : value) as T;
}

/** The same for SQL built once and kept (see the loaders), with its values. */
export async function runSql<T>(em: EntityManager, sql: string, bindings: readonly unknown[]): Promise<T[]> {
  const context = em.getLoggerContext();
  const stats = context.queryStats instanceof QueryStats ? context.queryStats : undefined;
  const started = performance.now();
  stats?.begin();
  try {
    // A read goes to a replica when there are any (MikroORM's `replicas`), in the request's snapshot
    // on PostgreSQL; SQLite answers with the rows, PostgreSQL with a result that holds them.
    const values = bindings.map(storable) as Knex.RawBinding[];
    const snapshot = context.snapshot instanceof ReadSnapshot ? context.snapshot : undefined;
    const result = (await (snapshot ? snapshot.raw(sql, values) : em.getKnex('read').raw(sql, values))) as T[] | { rows: T[] };
    const rows = Array.isArray(result) ? result : result.rows;
    em.config.getLogger().logQuery({ query: sql, params: [...bindings], took: Math.round(performance.now() - started), level: 'info', ...context });
    return rows;
  } finally {
    stats?.end();
  }
}
