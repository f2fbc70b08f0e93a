import type { EntityClass, LoggerOptions, MikroORM, Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { AbstractSqlConnection, Knex } from '@mikro-orm/knex';
import { LRUCache } from 'lru-cache';
import { SqliteDriver } from '@mikro-orm/sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqlCountingLogger } from './sql-counter.js';

/** SQLite drivers: node-sqlite3 (async, MikroORM 6's own) or better-sqlite3 (sync; MikroORM 7's default). */
export type DriverName = 'sqlite' | 'better-sqlite';

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

// WAL lets several servers read while another process holds a lock; the busy timeout makes a
// connection wait for a lock (a journal-mode switch, a checkpoint) instead of failing at once.
// busy_timeout comes first so that the journal-mode switch already waits.
export const CONNECTION_PRAGMAS = 'pragma busy_timeout = 5000; pragma journal_mode = wal; pragma synchronous = normal;';

interface RawConnection {
  exec(sql: string, callback?: (error: Error | null) => void): unknown;
  close(callback?: () => void): unknown;
  prepare?(sql: string): unknown;
}

/** Prepared statements kept per connection: enough for every statement shape the graph issues. */
const STATEMENTS_PER_CONNECTION = 500;

/**
 * knex prepares every statement anew, which parses and plans the SQL each time. The loaders issue
 * the same few statement texts over and over (their values travel as parameters, lists as one
 * JSON array), so better-sqlite3's statements are kept and reused. Safe on one thread: a
 * better-sqlite3 statement runs to completion before the next call.
 */
function reusePreparedStatements(connection: RawConnection): void {
  const prepare = connection.prepare!.bind(connection);
  const statements = new LRUCache<string, object>({ max: STATEMENTS_PER_CONNECTION });
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = prepare(sql) as object));
    return statement;
  };
}
type Done = (error: Error | null, connection: RawConnection) => void;

/** knex's afterCreate hook: the pragmas on every new connection; a file that is not a database fails here. */
function onConnect(driver: DriverName) {
  return (connection: RawConnection, done: Done): void => {
    if (driver === 'sqlite') {
      connection.exec(CONNECTION_PRAGMAS, (error) => (error ? connection.close(() => done(error, connection)) : done(null, connection)));
      return;
    }
    try {
      connection.exec(CONNECTION_PRAGMAS);
      reusePreparedStatements(connection);
      done(null, connection);
    } catch (error) {
      // Not pooled after a failed hook: close it here, or the file stays open.
      connection.close();
      done(error as Error, connection);
    }
  };
}

// The only place that names a database driver: moving to PostgreSQL changes this function.
// The entities come from the caller (db/orm.ts), so that this file imports no feature.
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

/** Which SQL the database speaks: the few statements that differ are written for each. */
export type Dialect = 'sqlite' | 'postgresql';

export function dialectOf(em: { getDriver(): unknown }): Dialect {
  return em.getDriver() instanceof PostgreSqlDriver ? 'postgresql' : 'sqlite';
}

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

/**
 * `column in (the values of a JSON array bound as one parameter)`: one statement text whatever the
 * number of values, so a prepared statement is reused and no list meets a limit on parameters.
 * PostgreSQL reads the array's elements as text and casts them to the column's kind.
 */
export function inJsonList(knex: Knex, dialect: Dialect, column: string, numeric: boolean): Knex.Raw {
  return knex.raw(`?? in ${jsonListSql(dialect, numeric)}`, [column, '[]']);
}

/** The subquery of inJsonList as SQL text, for statements written as text (summary/). */
export function jsonListSql(dialect: Dialect, numeric = true): string {
  if (dialect === 'postgresql') return `(select value::${numeric ? 'integer' : 'text'} from json_array_elements_text(?::json))`;
  return '(select value from json_each(?))';
}
