import type { EntityManager } from '@mikro-orm/knex';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible';
import { dialectOf } from '../db/dialect.js';
import type { Orm } from '../db/driver.js';
import type { ThrottleConfig } from './throttle.js';

/** rate-limiter-flexible's table of counters (it creates it, if missing, with its own DDL). */
export const THROTTLE_TABLE = 'plan_graph_throttle';

function postgresStore(orm: Orm, { points, windowSeconds }: ThrottleConfig): Promise<RateLimiterAbstract> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      // The primary's connections (reads go to replicas, counters are writes).
      { storeClient: (orm.em as EntityManager).getKnex(), storeType: 'knex', tableName: THROTTLE_TABLE, points, duration: windowSeconds },
      (error) => (error ? reject(error) : resolve(limiter)),
    );
  });
}

/**
 * Where the throttle counts: in memory on SQLite (one process), in PostgreSQL when the graph is
 * there, so that every replica behind a load balancer counts against the same budget.
 */
export async function throttleStore(orm: Orm, config: ThrottleConfig): Promise<RateLimiterAbstract> {
  if (dialectOf(orm.em) !== 'postgresql') return new RateLimiterMemory({ points: config.points, duration: config.windowSeconds });
  // Replicas starting together race to create the table; the loser's CREATE fails once, then finds it.
  return postgresStore(orm, config).catch(() => postgresStore(orm, config));
}
