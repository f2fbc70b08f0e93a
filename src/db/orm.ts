import { MikroORM, type Options } from '@mikro-orm/core';
import { SqliteDriver } from '@mikro-orm/sqlite';
import { entities } from '../modules.js';
import { SqlCountingLogger } from './sql-counter.js';

export interface OrmSettings {
  /** SQLite file path, or ":memory:" for tests. */
  dbName: string;
  /** Print every SQL statement (LOG_SQL=1). */
  logSql?: boolean;
}

// The only place that names a database driver: moving to PostgreSQL changes this function.
export function ormOptions({ dbName, logSql = false }: OrmSettings): Options {
  return {
    driver: SqliteDriver,
    dbName,
    entities,
    debug: logSql ? ['query', 'query-params'] : false,
    loggerFactory: (options) => new SqlCountingLogger(options),
    // Resolvers never touch lazy relations; loaders do all reads, so nothing loads implicitly.
    forceUndefined: false,
    allowGlobalContext: false,
  };
}

export type Orm = MikroORM;

export function createOrm(settings: OrmSettings): Promise<Orm> {
  return MikroORM.init(ormOptions(settings));
}
