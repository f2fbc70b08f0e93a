import type { EntityManager } from '@mikro-orm/knex';
import { Loaders } from './common/loaders.js';
import type { Orm } from './db/driver.js';
import { QueryStats } from './db/sql-counter.js';
import type { RequestInfo } from './http/request-info.js';
import { limitError } from './limits/limits.js';

/** What every resolver gets: built once per request, never mutated by resolvers. */
export interface Context {
  readonly em: EntityManager;
  readonly loaders: Loaders;
  readonly stats: QueryStats;
  /** The HTTP request: its id, client, deadline and cost. */
  readonly request: RequestInfo;
}

/** `batching: false` only for the benchmark's naive variant. */
export function createContext(orm: Orm, request: RequestInfo, { batching = true }: { batching?: boolean } = {}): Context {
  const stats = new QueryStats();
  // A fork per request: its own identity map, and a logger context that tallies its SQL.
  const em = orm.em.fork({ loggerContext: { queryStats: stats } }) as EntityManager;
  // Every batch load checks the execution deadline first: past it, no more SQL is issued.
  const guard = () => {
    if (request.expired()) throw limitError('TIMEOUT', 'The query ran past its execution time limit.');
  };
  return { em, loaders: new Loaders(em, { batch: batching, guard }), stats, request };
}
