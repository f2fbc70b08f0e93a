import { resolve } from 'node:path';
import { DEFAULT_DRIVER, type DriverName } from './db/driver.js';
import { DEFAULT_CACHE_BYTES } from './cache/response-cache.js';
import type { ExecutorName } from './execution/executor.js';
import { type CorsOrigins, parseCorsOrigins } from './http/cors.js';
import { type HttpLimits, type Limits, loadLimits, positiveInt } from './limits/limits.js';
import { DEFAULT_THROTTLE, type ThrottleConfig } from './limits/throttle.js';

/** Settings from the environment; every one has a default that works on a fresh clone. */
export interface Config {
  port: number;
  host: string;
  dbPath: string;
  /** DATABASE_URL: a postgres:// URL selects PostgreSQL instead of the SQLite file at dbPath. */
  databaseUrl?: string;
  /** DATABASE_READ_URLS: comma-separated PostgreSQL read replicas (only with DATABASE_URL). */
  readUrls: string[];
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
  /** RESPONSE_CACHE_MAX_BYTES: the cache's bound, in bytes of response bodies. */
  responseCacheBytes: number;
  limits: Limits;
  httpLimits: HttpLimits;
  throttle: ThrottleConfig;
  /** INTROSPECTION=false turns introspection off; on by default in every mode (the data is public). */
  introspection: boolean;
  /** Field suggestions ("Did you mean") are hidden in production. */
  hideSchemaDetails: boolean;
  /** CORS_ORIGINS: allowed browser origins; `*` by default (no credentials are used). */
  corsOrigins: CorsOrigins;
  /** EXECUTOR: jit (graphql-jit, default) or graphql-js. */
  executor: ExecutorName;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new Error(`${name} must be on or off (true/false, 1/0), got "${env[name]}"`);
}

function parseExecutor(value: string | undefined): ExecutorName {
  if (value === undefined || value === '') return 'jit';
  if (value === 'jit' || value === 'graphql-js') return value;
  throw new Error(`EXECUTOR must be "jit" or "graphql-js", got "${value}"`);
}

function parseDriver(value: string | undefined): DriverName {
  if (value === undefined) return DEFAULT_DRIVER;
  if (value === 'sqlite' || value === 'better-sqlite') return value;
  throw new Error(`DB_DRIVER must be "better-sqlite" or "sqlite", got "${value}"`);
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

function postgresUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be a PostgreSQL URL such as postgres://user:password@host:5432/database, got a value that is not a URL`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw new Error(`${name} must start with postgres:// or postgresql://, got "${url.protocol}//" (${redactUrl(value)})`);
  if (!url.hostname || url.pathname.length < 2)
    throw new Error(`${name} must name a host and a database (postgres://user:password@host:5432/database), got ${redactUrl(value)}`);
  return value;
}

function databaseUrls(env: NodeJS.ProcessEnv): Pick<Config, 'databaseUrl' | 'readUrls'> {
  const databaseUrl = env.DATABASE_URL ? postgresUrl('DATABASE_URL', env.DATABASE_URL) : undefined;
  const reads = (env.DATABASE_READ_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (reads.length && !databaseUrl) throw new Error('DATABASE_READ_URLS needs DATABASE_URL: the replicas serve reads, the import writes to DATABASE_URL');
  return { databaseUrl, readUrls: reads.map((url) => postgresUrl('DATABASE_READ_URLS', url)) };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be an integer 0..65535, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dbPath: resolve(env.DATABASE_PATH ?? 'data/plan-graph.sqlite'),
    ...databaseUrls(env),
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
    responseCacheBytes: positiveInt(env, 'RESPONSE_CACHE_MAX_BYTES', DEFAULT_CACHE_BYTES),
    ...(({ limits, http }) => ({ limits, httpLimits: http }))(loadLimits(env)),
    throttle: {
      points: positiveInt(env, 'RATE_LIMIT_POINTS', DEFAULT_THROTTLE.points),
      windowSeconds: positiveInt(env, 'RATE_LIMIT_WINDOW_S', DEFAULT_THROTTLE.windowSeconds),
      loopback: flag(env, 'RATE_LIMIT_LOOPBACK', DEFAULT_THROTTLE.loopback),
      trustProxy: flag(env, 'TRUST_PROXY', DEFAULT_THROTTLE.trustProxy),
    },
    introspection: flag(env, 'INTROSPECTION', true),
    hideSchemaDetails: env.NODE_ENV === 'production',
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    executor: parseExecutor(env.EXECUTOR),
  };
}
