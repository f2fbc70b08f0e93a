import type { EntityManager } from '@mikro-orm/knex';
import { Dates } from './common/as-of.js';
import { Loaders } from './data/loaders.js';
import type { Orm } from './db/driver.js';
import { forkForReading } from './db/snapshot.js';
import { QueryStats } from './db/sql-counter.js';
import type { RequestInfo } from './http/request-info.js';
import { DEFAULT_LIMITS, limitError } from './limits/limits.js';
import { Pacer, SCHEDULER } from './limits/pacing.js';

/** What every resolver gets: built once per request, never mutated by resolvers. */
export interface Context {
  readonly em: EntityManager;
  readonly loaders: Loaders;
  readonly stats: QueryStats;
  /** The HTTP request: its id, client, deadline and cost. */
  readonly request: RequestInfo;
  /** The request's share of the one thread: long executions yield to others (limits/pacing.ts). */
  readonly pacer: Pacer;
  /** The date each root field reads the graph at (its `asOf`, else today). */
  readonly dates: Dates;
  /** The root field's `asOf`, on the context its own resolver gets (common/as-of.ts); fields below ask `dates`. */
  readonly rootAsOf?: string;
  /** Called once the response is complete: ends the request's read snapshot (PostgreSQL). */
  readonly finish: () => Promise<void>;
}

/** `batching: false` only for the benchmark's naive variant. */
export function createContext(
  orm: Orm,
  request: RequestInfo,
  { batching = true, sliceMs = DEFAULT_LIMITS.sliceMs }: { batching?: boolean; sliceMs?: number } = {},
): Context {
  const stats = new QueryStats();
  // A fork per request: its own identity map, and a logger context that tallies its SQL.
  const { em, finish } = forkForReading(orm, stats);
  // Every batch load checks the execution deadline first: past it, no more SQL is issued.
  // One error for the whole request: past the deadline every deferred field throws it, and a new
  // error (with its stack) per field would make stopping a wide query a long run of its own.
  let timeout: Error | undefined;
  const guard = () => {
    if (request.expired()) throw (timeout ??= limitError('TIMEOUT', 'The query ran past its execution time limit.'));
  };
  const pacer = new Pacer(sliceMs, guard, SCHEDULER, () => stats.running);
  stats.onIdle = pacer.idle;
  const loaders = new Loaders(em, { batch: batching, guard, schedule: (dispatch) => pacer.scheduleBatch(dispatch) });
  return { em, loaders, stats, request, pacer, dates: new Dates(), finish };
}
