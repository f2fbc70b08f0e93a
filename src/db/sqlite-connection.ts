import { LRUCache } from 'lru-cache';

/** SQLite drivers: node-sqlite3 (async, MikroORM 6's own) or better-sqlite3 (sync; MikroORM 7's default). */
export type DriverName = 'sqlite' | 'better-sqlite';

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
export function onConnect(driver: DriverName) {
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
