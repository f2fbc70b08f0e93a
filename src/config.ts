import { resolve } from 'node:path';
import { DEFAULT_DRIVER, type DriverName } from './db/orm.js';

/** Settings from the environment; every one has a default that works on a fresh clone. */
export interface Config {
  port: number;
  host: string;
  dbPath: string;
  /** SQLite driver: better-sqlite (default) or sqlite (node-sqlite3). */
  driver: DriverName;
  fixturesDir: string;
  logLevel: string;
  logSql: boolean;
  /** Adds `extensions.queryStats` (SQL statements of the request) to responses: tests, benchmarks. */
  exposeQueryStats: boolean;
  /** The GraphiQL build served at /playground. */
  playgroundDir: string;
  /** The SDK's operation manifest, preloaded as persisted queries. */
  persistedDocumentsPath: string;
  /** Opt-in: Apollo Sandbox (loaded from Apollo's CDN) instead of the offline playground at /graphql. */
  apolloSandbox: boolean;
  /** BATCHING=off: one query per parent. Only for the benchmark's naive variant. */
  batching: boolean;
  /** RESPONSE_CACHE=off disables the whole-response cache. */
  responseCache: boolean;
}

function parseDriver(value: string | undefined): DriverName {
  if (value === undefined) return DEFAULT_DRIVER;
  if (value === 'sqlite' || value === 'better-sqlite') return value;
  throw new Error(`DB_DRIVER must be "better-sqlite" or "sqlite", got "${value}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be an integer 0..65535, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dbPath: resolve(env.DATABASE_PATH ?? 'data/plan-graph.sqlite'),
    driver: parseDriver(env.DB_DRIVER),
    fixturesDir: resolve(env.FIXTURES_DIR ?? 'fixtures'),
    logLevel: env.LOG_LEVEL ?? 'info',
    logSql: env.LOG_SQL === '1',
    exposeQueryStats: env.EXPOSE_QUERY_STATS === '1',
    playgroundDir: resolve(env.PLAYGROUND_DIR ?? 'dist/playground'),
    persistedDocumentsPath: resolve(env.PERSISTED_DOCUMENTS ?? 'sdk/generated/persisted-documents.json'),
    apolloSandbox: env.APOLLO_SANDBOX === '1',
    batching: env.BATCHING !== 'off',
    responseCache: env.RESPONSE_CACHE !== 'off',
  };
}
