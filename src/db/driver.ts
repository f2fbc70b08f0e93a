import type { EntityClass, LoggerOptions, MikroORM, Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { SqliteDriver } from '@mikro-orm/sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqlCountingLogger } from './sql-counter.js';
import { type DriverName, onConnect } from './sqlite-connection.js';

export type { DriverName } from './sqlite-connection.js';

export interface OrmSettings {
  /** SQLite file path, or ":memory:" for tests; ignored when `url` is set. */
  dbName: string;
  /** DATABASE_URL: a postgres:// URL selects PostgreSQL; without it, SQLite at dbName. */
  url?: string;
  /** DATABASE_READ_URLS: PostgreSQL read replicas; reads outside a transaction go to one of them. */
  readUrls?: readonly string[];
  driver?: DriverName;
  /** Print every SQL statement (LOG_SQL=1). */
  logSql?: boolean;
  /** false: discover entities only; the caller connects (openDatabase inspects the file first). */
  connect?: boolean;
}

// The benchmark (bench/RESULTS.md) picks the default.
export const DEFAULT_DRIVER: DriverName = 'better-sqlite';

// The only place that names a database driver (dialect.ts tells them apart at run time).
// The entities come from the caller (src/orm.ts), so that this file imports no feature.
export function ormOptions(
  { dbName, url, readUrls = [], driver = DEFAULT_DRIVER, logSql = false, connect = true }: OrmSettings,
  entities: EntityClass<object>[],
): Options {
  const common = {
    entities,
    connect,
    debug: logSql ? ['query' as const, 'query-params' as const] : false,
    loggerFactory: (options: LoggerOptions) => new SqlCountingLogger(options),
    // Resolvers never touch lazy relations; loaders do all reads, so nothing loads implicitly.
    forceUndefined: false,
    allowGlobalContext: false,
  };
  if (url !== undefined) {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: url,
      replicas: readUrls.map((clientUrl, i) => ({ name: `read-${i + 1}`, clientUrl })),
      // The database is created by its operator (or the compose file), never by the server.
      ensureDatabase: false,
      pool: { min: 0, max: POSTGRES_POOL },
      // node-postgres waits for a connection forever by default; a lost database must fail a request.
      driverOptions: { connection: { connectionTimeoutMillis: 5000 } },
    };
  }
  return {
    driver: driver === 'better-sqlite' ? BetterSqliteDriver : SqliteDriver,
    dbName,
    pool: { afterCreate: onConnect(driver) },
    // Its only effect on SQLite is a query at connect, which would fail before we can say why.
    ensureDatabase: false,
    ...common,
  };
}

/** Connections per PostgreSQL pool (the primary's and each replica's) of one server process. */
const POSTGRES_POOL = 10;

export type Orm = MikroORM;

/** Points orm at the file now at its path; queries in flight finish on the previous connection. */
export async function reconnect(orm: Orm): Promise<void> {
  const connection = orm.em.getConnection() as AbstractSqlConnection;
  const previous = connection.getKnex();
  try {
    await connection.connect();
  } finally {
    await previous.destroy();
  }
}

/** An error from opening or reading the database, in words for a log line or /ready. */
export function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB') return 'database file is not a SQLite database';
  if (code === 'SQLITE_CORRUPT') return 'database file is corrupt (database disk image is malformed)';
  // MikroORM puts the SQL before the driver's message: the message is what says why.
  const message = error instanceof Error ? error.message : String(error);
  return `database cannot be read: ${message.split(' - ').at(-1)}`;
}
