import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, open, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundled,
  checkGraph,
  type Child,
  FIXTURES_DIR,
  inspectFile,
  killDuringImport,
  killDuringStart,
  type Launcher,
  restartInProcess,
  runScript,
} from '../bench/faults.js';
import { buildDatabase, openDatabase } from '../src/import/database.js';
import { checkReadiness } from '../src/import/readiness.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { createServer } from '../src/server.js';

// Real files, real processes, real kill -9: nothing here stands in for SQLite or the server.
let root: string;
let base: string;
/** How long building the database took here: the kill moments spread over it. */
let buildMs: number;
/** The server and the import bundled once: each of the ~25 child processes starts on half the CPU of tsx. */
let launcher: Launcher;
let disposeBundle: () => Promise<void>;
const children: Child[] = [];

async function overwrite(path: string, offset: number, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'r+');
  await handle.write(bytes, 0, bytes.length, offset);
  await handle.close();
}

function dropTable(path: string, table: string): void {
  const db = new Database(path);
  db.pragma('foreign_keys = off');
  db.exec(`drop table ${table}`);
  db.close();
}

// Ways a database file gets damaged, with the reason its rebuild must give.
const DAMAGES: [string, (path: string) => Promise<void>, RegExp][] = [
  ['with corrupted pages', (p) => overwrite(p, 4096 * 3, Buffer.alloc(4096 * 8, 0x5a)), /corrupt|quick_check/],
  ['truncated to half', async (p) => truncate(p, Math.floor((await stat(p)).size / 2)), /corrupt|quick_check/],
  ['truncated to zero length', (p) => truncate(p, 0), /^database file is empty$/],
  // In place, never truncated first (as writeFile does): the watch must not catch an empty file in between.
  ['overwritten with garbage', async (p) => overwrite(p, 0, randomBytes((await stat(p)).size)), /^database file is not a SQLite database$/],
  ['missing a table', async (p) => dropTable(p, 'gate'), /^table "gate" missing$/],
];

async function unmarked(path: string): Promise<void> {
  const db = new Database(path);
  db.exec("delete from plan_graph_meta where key = 'complete'; delete from search_index");
  db.close();
}

async function copyOfBase(name: string): Promise<string> {
  await mkdir(join(root, name));
  const path = join(root, name, 'db.sqlite');
  await copyFile(base, path);
  return path;
}

function serve(dbPath: string): Child {
  const child = runScript('server', dbPath, launcher);
  children.push(child);
  return child;
}

const rebuildLines = (child: Child) => child.logs.filter((entry) => entry.msg === 'rebuilding database');
// Expected faults are told in one line each: no stack, no error object, nothing on stderr.
const noStacks = (child: Child) => expect([...child.stderr, ...child.logs.filter((entry) => entry.err).map((entry) => JSON.stringify(entry))]).toEqual([]);

async function readiness(url: string): Promise<{ status: number; reason?: string }> {
  const res = await fetch(url.replace(/graphql$/, 'ready'));
  return { status: res.status, reason: ((await res.json()) as { reason?: string }).reason };
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  ({ launcher, dispose: disposeBundle } = await bundled());
  root = await mkdtemp(join(tmpdir(), 'plan-graph-crash-'));
  base = join(root, 'base.sqlite');
  const started = performance.now();
  await buildDatabase(base, await readFixtures(FIXTURES_DIR));
  buildMs = performance.now() - started;
});

afterAll(async () => {
  await Promise.all(children.map((child) => child.stop()));
  await rm(root, { recursive: true, force: true });
  await disposeBundle();
});

// Concurrent: most of the time goes to child processes starting and to the watch's interval.
describe.concurrent('crash safety', () => {
  it('kill -9 at 10 moments of a first start: nothing or a complete database is left, and the restart serves the whole graph', async () => {
    const figures = await killDuringStart({ runs: 10, launcher, restart: restartInProcess });
    const report = JSON.stringify(figures);
    const bad = figures.runs.filter((run) => !/^(absent|complete)$/.test(run.afterKill) || run.afterRestart !== 'complete');
    expect(bad, report).toEqual([]);
    expect(figures, report).toMatchObject({ attempts: 10, survived: 10, dataLost: 0 });
    // Some kill came during the build (the first is meant to, as it begins, but a busy machine can
    // deliver it late): the half-built file never got the live name.
    expect(
      figures.runs.map((run) => run.afterKill),
      report,
    ).toContain('absent');
  }, 180_000);

  it('kill -9 at 10 moments of npm run import over a complete database: the old or the new database is left, complete', async () => {
    const figures = await killDuringImport({ runs: 10, launcher, restart: restartInProcess });
    const report = JSON.stringify(figures);
    const bad = figures.runs.filter((run) => !/^complete \((old|new)\)$/.test(run.afterKill) || run.afterRestart !== 'complete');
    expect(bad, report).toEqual([]);
    expect(figures, report).toMatchObject({ attempts: 10, survived: 10, dataLost: 0 });
    // Some kill came before the new file was installed, and left the old one (see above).
    expect(
      figures.runs.map((run) => run.afterKill),
      report,
    ).toContain('complete (old)');
  }, 180_000);

  it.each([...DAMAGES, ['without its completeness marker (an interrupted build)', unmarked, /^database build did not complete/] as const])(
    'a file %s before start is rebuilt, with one log line saying why',
    async (name, damage, reason) => {
      const dbPath = await copyOfBase(`before-${name.replace(/\W+/g, '-')}`);
      await damage(dbPath);
      // The server's start-up path, in this process (the while-running test starts a real one on garbage).
      const logs: Record<string, unknown>[] = [];
      const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
      const orm = await openDatabase(dbPath, FIXTURES_DIR, logger);
      const server = await createServer({ orm, logger });
      try {
        expect(await checkGraph(await server.listen(0, '127.0.0.1'))).toBe('complete');
        expect(await checkReadiness(orm)).toEqual({ ready: true });
      } finally {
        await server.stop();
      }
      expect(logs.filter((entry) => entry.msg === 'rebuilding database').map((entry) => entry.reason)).toEqual([expect.stringMatching(reason)]);
      expect(logs.filter((entry) => entry.err)).toEqual([]);
      expect(inspectFile(dbPath).state).toBe('complete');
    },
  );

  it('while running: a damaged file makes /ready 503 with the reason, is rebuilt, then /ready is 200 and queries answer', async () => {
    const dbPath = await copyOfBase('running');
    // A real start on a file that is not a database (that used to crash every start).
    await writeFile(dbPath, randomBytes(100_000));
    const server = serve(dbPath);
    const url = (await server.waitFor('Plan Graph is serving')).url as string;
    expect(rebuildLines(server).map((entry) => entry.reason)).toEqual(['database file is not a SQLite database']);
    for (const [name, damage, reason] of DAMAGES) {
      const rebuildsBefore = rebuildLines(server).length;
      await damage(dbPath);
      const down = await until(
        () => readiness(url),
        (state) => state.status === 503,
        `/ready 503 after a file ${name}`,
      );
      expect(down.reason, name).toMatch(/\w/);
      await until(
        () => readiness(url),
        (state) => state.status === 200,
        `/ready 200 after a file ${name}`,
      );
      expect(await checkGraph(url), name).toBe('complete');
      expect(
        rebuildLines(server)
          .slice(rebuildsBefore)
          .map((entry) => entry.reason),
        name,
      ).toEqual([expect.stringMatching(reason)]);
    }
    expect(inspectFile(dbPath).state).toBe('complete');
    noStacks(server);
  }, 120_000);

  it('two servers on one file both serve, and both move to the file that an import puts in place', async () => {
    await mkdir(join(root, 'two'));
    const dbPath = join(root, 'two', 'db.sqlite');
    const [a, b] = [serve(dbPath), serve(dbPath)];
    const urls = (await Promise.all([a.waitFor('Plan Graph is serving'), b.waitFor('Plan Graph is serving')])).map((entry) => entry.url as string);
    expect(await Promise.all(urls.map(checkGraph))).toEqual(['complete', 'complete']);
    // Started together on no file, both built one: the second rename may already have moved the first server.
    const reconnects = (server: Child) => server.logs.filter((entry) => entry.msg === 'database file replaced; reconnected').length;
    const before = [a, b].map(reconnects);
    // What npm run import does (src/import/cli.ts), here to spare a process: build beside, rename over.
    await buildDatabase(dbPath, await readFixtures(FIXTURES_DIR));
    await Promise.all(
      [a, b].map((server, i) =>
        until(
          async () => reconnects(server),
          (n) => n > before[i]!,
          'a reconnect to the new file',
        ),
      ),
    );
    expect(await Promise.all(urls.map(checkGraph))).toEqual(['complete', 'complete']);
    expect(await Promise.all(urls.map(readiness))).toEqual([{ status: 200 }, { status: 200 }]);
    expect(inspectFile(dbPath).state).toBe('complete');
    noStacks(a);
    noStacks(b);
  }, 60_000);
});
