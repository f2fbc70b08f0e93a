import { DefaultLogger, type LogContext } from '@mikro-orm/core';

/**
 * Per-request tally that the request's EntityManager fork carries in its logger context. A class,
 * not a plain object: MikroORM deep-copies plain objects in logger contexts, but keeps instances.
 */
export class QueryStats {
  sql = 0;
  /** Statements issued and not yet answered. */
  running = 0;
  /** Called when the last running statement is answered (the request's pacer: limits/pacing.ts). */
  onIdle: () => void = () => {};

  begin(): void {
    this.running += 1;
  }

  end(): void {
    if (--this.running === 0) this.onIdle();
  }
}

/**
 * Counts every SQL statement against the request that issued it. MikroORM calls logQuery for
 * each statement even with debug output off, so counting costs no log I/O.
 */
export class SqlCountingLogger extends DefaultLogger {
  override logQuery(context: LogContext): void {
    const stats = context.queryStats;
    if (stats instanceof QueryStats) stats.sql += 1;
    super.logQuery(context as LogContext & { query: string });
  }
}
