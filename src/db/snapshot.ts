import type { EntityManager, Knex } from '@mikro-orm/knex';
import { dialectOf } from './dialect.js';
import type { Orm } from './driver.js';
import { QueryStats } from './sql-counter.js';

/**
 * One request's view of a PostgreSQL database: its statements run in one read-only REPEATABLE
 * READ transaction, begun by the first of them, so that they all read the same committed state.
 * An import that commits while a request runs is seen by the next request, never by half of this
 * one (each statement alone would see it from the moment it commits). SQLite needs none of this:
 * an import there installs a new file, and a request keeps the connection it started with.
 */
export class ReadSnapshot {
  private transaction?: Promise<Knex.Transaction>;
  /** The statement running on the transaction's connection: the next one starts when it ends. */
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly knex: () => Knex) {}

  /**
   * Runs a statement in the snapshot. A request's batches are sent concurrently, but one connection
   * runs one statement at a time: they queue here rather than inside pg, which deprecates that.
   */
  raw(sql: string, bindings: readonly Knex.RawBinding[]): Promise<unknown> {
    const result = this.running.then(() => this.run(sql, bindings));
    this.running = result.catch(() => {});
    return result;
  }

  private async run(sql: string, bindings: readonly Knex.RawBinding[]): Promise<unknown> {
    this.transaction ??= this.knex().transaction({ isolationLevel: 'repeatable read', readOnly: true });
    const transaction = this.transaction;
    try {
      return await (await transaction).raw(sql, [...bindings]);
    } catch (error) {
      // A failed statement aborts the transaction: the request's next statement starts a new one.
      if (this.transaction === transaction) this.transaction = undefined;
      await (await transaction.catch(() => null))?.rollback().catch(() => {});
      throw error;
    }
  }

  /** Ends the transaction (a read-only one: nothing to keep) and gives its connection back to the pool. */
  async finish(): Promise<void> {
    await this.running;
    const transaction = this.transaction;
    this.transaction = undefined;
    await (await transaction?.catch(() => null))?.commit().catch(() => {});
  }
}

/**
 * A fork of the ORM's entity manager whose SQL is tallied in `stats` and, on PostgreSQL, read in
 * one snapshot; `finish` ends the snapshot.
 */
export function forkForReading(orm: Orm, stats = new QueryStats()): { em: EntityManager; finish: () => Promise<void> } {
  const snapshot = dialectOf(orm.em) === 'postgresql' ? new ReadSnapshot(() => (orm.em as EntityManager).getKnex('read')) : undefined;
  const em = orm.em.fork({ loggerContext: { queryStats: stats, snapshot } }) as EntityManager;
  return { em, finish: async () => snapshot?.finish() };
}
