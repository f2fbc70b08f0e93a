import type { EntityManager } from '@mikro-orm/knex';
import { Loaders } from './common/loaders.js';
import type { Orm } from './db/orm.js';
import { QueryStats } from './db/sql-counter.js';

/** What every resolver gets: built once per request, never mutated by resolvers. */
export interface Context {
  readonly em: EntityManager;
  readonly loaders: Loaders;
  readonly stats: QueryStats;
}

/** `batching: false` only for the benchmark's naive variant. */
export function createContext(orm: Orm, { batching = true }: { batching?: boolean } = {}): Context {
  const stats = new QueryStats();
  // A fork per request: its own identity map, and a logger context that tallies its SQL.
  const em = orm.em.fork({ loggerContext: { queryStats: stats } }) as EntityManager;
  return { em, loaders: new Loaders(em, { batch: batching }), stats };
}
