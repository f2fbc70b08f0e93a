import { MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { SqliteDriver } from '@mikro-orm/sqlite';
import { entities } from '../modules.js';
import { SqlCountingLogger } from './sql-counter.js';

/** SQLite drivers: node-sqlite3 (async, MikroORM 6's own) or better-sqlite3 (sync; MikroORM 7's default). */
export type DriverName = 'sqlite' | 'better-sqlite';

export interface OrmSettings {
  /** SQLite file path, or ":memory:" for tests. */
  dbName: string;
  driver?: DriverName;
  /** Print every SQL statement (LOG_SQL=1). */
  logSql?: boolean;
}

// The benchmark (bench/RESULTS.md) picks the default.
export const DEFAULT_DRIVER: DriverName = 'better-sqlite';

// The only place that names a database driver: moving to PostgreSQL changes this function.
export function ormOptions({ dbName, driver = DEFAULT_DRIVER, logSql = false }: OrmSettings): Options {
  return {
    driver: driver === 'better-sqlite' ? BetterSqliteDriver : SqliteDriver,
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
