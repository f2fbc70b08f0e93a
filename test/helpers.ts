import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { pino } from 'pino';
import pg from 'pg';
import { createOrm, type Orm } from '../src/orm.js';
import { importDataset } from '../src/import/import.js';
import { COLLECTIONS, type CollectionName, type Dataset, REFERENCES } from '../src/import/dataset.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { loadPersistedDocuments } from '../src/persisted/persisted-documents.js';
import { DEFAULT_LIMITS, type Limits } from '../src/limits/limits.js';
import { DEFAULT_THROTTLE, type ThrottleConfig } from '../src/limits/throttle.js';
import { createServer, type PlanGraphServer, type ServerOptions } from '../src/server.js';

/** Limits out of the way, for tests about something else (batching over deliberately wide queries). */
export const NO_LIMITS: Partial<Limits> = { maxDepth: 100, maxNodes: 1e12, maxAliases: 1000 };

export const FIXTURES_DIR = 'fixtures';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: (string | number)[] }[];
  extensions?: { queryStats?: { sql: number } };
}

export interface TestServer {
  url: string;
  orm: Orm;
  server: PlanGraphServer;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

let databases = 0;

/**
 * The suite's database, empty: in-memory SQLite, or with TEST_DATABASE_URL (npm run test:postgres)
 * a new PostgreSQL database of that cluster, so that every server starts from nothing as on SQLite.
 */
export async function createTestOrm({ sqlite = false } = {}): Promise<Orm> {
  if (!process.env.TEST_DATABASE_URL || sqlite) return createOrm({ dbName: ':memory:', driver: process.env.DB_DRIVER === 'sqlite' ? 'sqlite' : undefined });
  const url = await createTestDatabase();
  return createOrm({ dbName: new URL(url).pathname.slice(1), url });
}

/** A new, empty database in the TEST_DATABASE_URL cluster; returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const cluster = process.env.TEST_DATABASE_URL!;
  const name = `test_${process.pid}_${++databases}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: cluster });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(cluster);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A real server on an ephemeral port over a fresh database (createTestOrm) loaded with `dataset`. */
export async function startTestServer(
  dataset?: Dataset,
  options: {
    /** A test about SQLite itself (its synchronous driver): SQLite even under npm run test:postgres. */
    sqlite?: boolean;
    batching?: boolean;
    responseCache?: boolean;
    limits?: Partial<Limits>;
    throttle?: Partial<ThrottleConfig>;
    server?: Partial<ServerOptions>;
  } = {},
): Promise<TestServer> {
  const orm = await createTestOrm({ sqlite: options.sqlite });
  await importDataset(orm, dataset ?? (await readFixtures(FIXTURES_DIR)));
  const server = await createServer({
    orm,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    exposeQueryStats: true,
    batching: options.batching,
    responseCache: options.responseCache,
    dataVersionTtlMs: 0,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    throttle: { ...DEFAULT_THROTTLE, ...options.throttle },
    persistedDocuments: await loadPersistedDocuments('sdk/generated/persisted-documents.json'),
    // The suite runs on both engines: EXECUTOR=graphql-js npm test (CI does both).
    executor: loadConfig({ EXECUTOR: process.env.EXECUTOR }).executor,
    ...options.server,
  });
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    orm,
    server,
    async gql(query, variables) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, ...((await res.json()) as object) };
    },
    stop: () => server.stop(),
  };
}

/** Data of the query, failing the test with the errors when there are any. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/**
 * The dataset with every record copied under renamed keys: twice the rows, same shape. N+1
 * guards compare SQL counts on the real data and on this.
 */
export function doubled(dataset: Dataset, suffix = 'copy'): Dataset {
  const rename = (name: CollectionName, value: string) => (name === 'indicators' ? `${value}_${suffix.toUpperCase()}` : `${value}-${suffix}`);
  const copy = {} as Record<CollectionName, unknown[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const keyField = COLLECTIONS[name].key;
    copy[name] = dataset[name].map((record) => {
      const clone: Record<string, any> = structuredClone(record);
      clone[keyField] = rename(name, clone[keyField]);
      for (const [owner, field, target] of REFERENCES) {
        if (owner !== name || clone[field] == null) continue;
        clone[field] = Array.isArray(clone[field]) ? clone[field].map((v: string) => rename(target, v)) : rename(target, clone[field]);
      }
      const citationLists = [clone.citations, ...(clone.typeHistory ?? []).map((c: { citations: unknown }) => c.citations)].filter(Boolean);
      for (const list of citationLists) for (const c of list) c.source = rename('sources', c.source);
      if (name === 'decisions' && clone.number) clone.number = `${clone.number}-${suffix}`;
      return clone;
    });
  }
  return Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, [...dataset[name as CollectionName], ...copy[name as CollectionName]]])) as Dataset;
}

/**
 * The dataset with more under every parent: each record (but provinces and sources) copied under a
 * renamed key while still pointing at the SAME parents, and every citation list and gate type history
 * doubled. `province(code: "04")`, `decision(number:)`, `gate(slug:)` and `indicator(code:)` then have
 * twice the children, so a guard that loads them once per parent sees its count grow.
 */
export function grown(dataset: Dataset, suffix = 'more'): Dataset {
  const rename = (name: CollectionName, value: string) => (name === 'indicators' ? `${value}_${suffix.toUpperCase()}` : `${value}-${suffix}`);
  const moreCitations = (record: Record<string, any>) => {
    if (record.citations)
      record.citations = [...record.citations, ...record.citations.map((c: { locator?: string }) => ({ ...c, locator: `${c.locator ?? ''} (${suffix})` }))];
    if (record.typeHistory) {
      record.typeHistory = [...record.typeHistory, ...structuredClone(record.typeHistory)];
    }
    return record;
  };
  const result = {} as Record<CollectionName, unknown[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const keyField = COLLECTIONS[name].key;
    const originals = dataset[name].map((record) => moreCitations(structuredClone(record) as Record<string, any>));
    if (name === 'provinces' || name === 'sources') {
      result[name] = originals;
      continue;
    }
    const copies = dataset[name].map((record) => {
      const clone = moreCitations(structuredClone(record) as Record<string, any>);
      clone[keyField] = rename(name, clone[keyField]);
      if (name === 'decisions' && clone.number) clone.number = `${clone.number}-${suffix}`;
      return clone;
    });
    result[name] = [...originals, ...copies];
  }
  return result as Dataset;
}

/** Every canonical operation (schema/operations) with its example variables (the "# Variables:" line of its file). */
export const CANONICAL_OPERATIONS = readdirSync('schema/operations')
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => {
    const text = readFileSync(join('schema/operations', file), 'utf8');
    return { file, text, variables: JSON.parse(/^# Variables: (.*)$/m.exec(text)?.[1] ?? '{}') as Record<string, unknown> };
  });
