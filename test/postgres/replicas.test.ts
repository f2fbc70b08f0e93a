import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/import/import.js';
import { readFixtures } from '../../src/import/read-fixtures.js';
import type { Dataset } from '../../src/import/dataset.js';
import { createOrm, type Orm } from '../../src/orm.js';
import { createTestDatabase, FIXTURES_DIR, grown } from '../helpers.js';
import { runImport, type ServerProcess, startServer } from './processes.js';

// npm run test:postgres only (vitest.config.ts): server processes as a deployment runs them, several
// on one PostgreSQL database, while another process imports into it.

/** Root totals from several tables, read by one request: all old or all new, never a mix. */
const TOTALS = `{
  decisions { totalCount } targets { totalCount } observations { totalCount }
  projects { totalCount } gates { totalCount } indicators { totalCount }
  provinces(first: 100) { nodes { targets { totalCount } projects { totalCount } } }
}`;

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] } };
}

async function totals(url: string): Promise<string> {
  const { status, body } = await post(url, TOTALS);
  expect([status, body.errors]).toEqual([200, undefined]);
  return JSON.stringify(body.data);
}

/** The import of `data` by a process of its own, as `npm run import` does it. */
async function importInto(url: string, data: Dataset): Promise<void> {
  const orm: Orm = await createOrm({ dbName: '', url });
  try {
    await importDataset(orm, data);
  } finally {
    await orm.close(true);
  }
}

let fixtures: Dataset;
let more: Dataset;
beforeAll(async () => {
  fixtures = await readFixtures(FIXTURES_DIR);
  more = grown(fixtures);
});

describe('two replicas on one database', () => {
  let url: string;
  let replicas: ServerProcess[];
  beforeAll(async () => {
    url = await createTestDatabase();
    await runImport(url);
    // Behind a proxy (as in docker-compose.yml): the client is the X-Forwarded-For address, and a
    // budget of 30 points. Requests without that header come from loopback, which is not throttled.
    const env = { DATABASE_URL: url, TRUST_PROXY: 'on', RATE_LIMIT_POINTS: '30' };
    replicas = await Promise.all([startServer(env), startServer(env)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.stop()));
  });

  it('serve the graph another process imported, both within moments of its commit', async () => {
    const [a, b] = replicas.map((r) => r.url) as [string, string];
    // Cached answers first: each replica's response cache holds the fixtures' totals.
    const before = await totals(a);
    expect(await totals(b)).toBe(before);
    expect(await totals(a)).toBe(before);
    await importInto(url, more);
    const seen = await Promise.all(
      [a, b].map(async (replica) => {
        const deadline = Date.now() + 10_000;
        for (;;) {
          const now = await totals(replica);
          if (now !== before || Date.now() > deadline) return now;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }),
    );
    expect(seen[0]).not.toBe(before);
    expect(seen[1]).toBe(seen[0]);
    expect(JSON.parse(seen[0]!).decisions.totalCount).toBe(more.decisions.length);
    // And back: the fixtures' totals again, the same on both.
    await importInto(url, fixtures);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect([await totals(a), await totals(b)]).toEqual([before, before]);
  }, 60_000);

  it('count one client against one budget, whichever replica it reaches', async () => {
    const [a, b] = replicas.map((r) => r.url) as [string, string];
    const costly = '{ provinces(first: 100) { nodes { targets(first: 10) { totalCount } } } }';
    // Each request costs 12 points: one client's first two fit in 30, the third does not.
    const client = { 'x-forwarded-for': '198.51.100.7' };
    const replies = [];
    for (const replica of [a, b, a, b]) replies.push(await post(replica, costly, client));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 429, 429]);
    expect(replies.slice(2).map((r) => r.body.errors?.[0]?.extensions?.code)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });
});

describe('reads while another process imports', () => {
  let url: string;
  let server: ServerProcess;
  beforeAll(async () => {
    url = await createTestDatabase();
    await runImport(url);
    // No response cache: every answer below is read from the database, while imports commit.
    server = await startServer({ DATABASE_URL: url, RESPONSE_CACHE: 'off' });
  }, 60_000);
  afterAll(() => server.stop());

  it('each request sees the graph before an import or after it, never part of each', async () => {
    const old = await totals(server.url);
    await importInto(url, more);
    const grownTotals = await totals(server.url);
    expect(grownTotals).not.toBe(old);
    let importing = true;
    const imports = (async () => {
      try {
        for (let i = 0; i < 6; i++) await importInto(url, i % 2 === 0 ? fixtures : more);
      } finally {
        importing = false;
      }
    })();
    const answers: string[] = [];
    await Promise.all(
      [1, 2, 3].map(async () => {
        while (importing) answers.push(await totals(server.url));
      }),
    );
    await imports;
    const mixed = answers.filter((answer) => answer !== old && answer !== grownTotals);
    expect(mixed.length, mixed[0]).toBe(0);
    // The reads overlapped the imports: both graphs were seen.
    expect(answers).toContain(old);
    expect(answers).toContain(grownTotals);
  }, 120_000);
});

describe('DATABASE_READ_URLS: reads from a streaming replica of the database', () => {
  // A primary and its standby of their own (scripts/postgres-cluster.sh), so that the replica's
  // replay can be paused without holding back the rest of the suite.
  const dirs = [mkdtempSync(join(tmpdir(), 'plan-graph-primary.')), mkdtempSync(join(tmpdir(), 'plan-graph-standby.'))] as const;
  const cluster = (...args: string[]) => execFileSync('bash', ['scripts/postgres-cluster.sh', ...args], { encoding: 'utf8' }).trim();
  const on = (base: string, database: string) => Object.assign(new URL(base), { pathname: `/${database}` }).toString();
  const sql = async (url: string, text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
  /** Until the standby has replayed everything the primary has written so far. */
  const caughtUp = async (primary: string, standby: string) => {
    const [{ lsn }] = (await sql(primary, 'select pg_current_wal_lsn()::text as lsn')) as [{ lsn: string }];
    for (let i = 0; i < 200; i++) {
      const [{ behind }] = (await sql(standby, `select pg_last_wal_replay_lsn() < '${lsn}'::pg_lsn as behind`)) as [{ behind: boolean }];
      if (!behind) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the standby did not catch up within 10 s');
  };
  let primary: string;
  let standby: string;
  let server: ServerProcess;
  beforeAll(async () => {
    primary = on(cluster('start', dirs[0]), 'plan');
    await sql(on(primary, 'postgres'), 'create database plan');
    standby = on(cluster('standby', dirs[1], dirs[0]), 'plan');
    await runImport(primary);
    await caughtUp(primary, standby);
    server = await startServer({ DATABASE_URL: primary, DATABASE_READ_URLS: standby, RESPONSE_CACHE: 'off' });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    for (const dir of [...dirs].reverse()) {
      cluster('stop', dir);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers what the replica holds: an import it has not replayed yet is not served, then it is', async () => {
    const old = await totals(server.url);
    expect(JSON.parse(old).decisions.totalCount).toBe(fixtures.decisions.length);
    await sql(standby, 'select pg_wal_replay_pause()');
    await importInto(primary, more);
    const [{ n }] = (await sql(primary, 'select count(*)::int as n from plan_decision')) as [{ n: number }];
    expect(n).toBe(more.decisions.length);
    // Past the data-version interval: the primary holds the new graph, the server still reads the old one.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await totals(server.url)).toBe(old);
    await sql(standby, 'select pg_wal_replay_resume()');
    await caughtUp(primary, standby);
    expect(JSON.parse(await totals(server.url)).decisions.totalCount).toBe(more.decisions.length);
  }, 60_000);
});
