import type { EntityManager, Knex } from '@mikro-orm/knex';
import { QueryStats } from './sql-counter.js';

/**
 * Runs a read with its values bound as SQL parameters. MikroORM's `em.execute` formats values into
 * the SQL text before running it, so a NUL byte or a quote in a user's argument reaches SQLite's
 * tokenizer; here they never leave the parameter list. The statement is still logged (and counted
 * against the request) through MikroORM's logger, with the request fork's logger context.
 */
export async function runQuery<T>(em: EntityManager, query: Knex.QueryBuilder | Knex.Raw): Promise<T[]> {
  const { sql, bindings } = query.toSQL().toNative();
  return runSql<T>(em, sql, bindings);
}

/** The same for SQL built once and kept (see the loaders), with its values. */
export async function runSql<T>(em: EntityManager, sql: string, bindings: readonly unknown[]): Promise<T[]> {
  const context = em.getLoggerContext();
  const stats = context.queryStats instanceof QueryStats ? context.queryStats : undefined;
  const started = performance.now();
  stats?.begin();
  try {
    const rows = (await em.getKnex().raw(sql, bindings as Knex.RawBinding[])) as T[];
    em.config.getLogger().logQuery({ query: sql, params: [...bindings], took: Math.round(performance.now() - started), level: 'info', ...context });
    return rows;
  } finally {
    stats?.end();
  }
}
