import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { pino } from 'pino';
import { openDatabase } from '../src/import/database.js';
import { createServer } from '../src/server.js';

// kill -9 at spread moments of a first start and of `npm run import`, then a restart: the figures
// for docs/RELIABILITY.md, and what test/crash-safety.test.ts asserts. Each child is one node
// process (npx or the tsx CLI would put a wrapper between SIGKILL and the process doing the work).
export const FIXTURES_DIR = resolve('fixtures');
export const FIXTURE_PROVINCES = 11;
export const CHECK_QUERY = '{ provinces { totalCount } province(code: "04") { name } }';
const SOURCES = { server: 'src/main.ts', import: 'src/import/cli.ts' } as const;
export type Script = keyof typeof SOURCES;

/** How a child runs the code: node's arguments for the server or the import. */
export type Launcher = (script: Script) => string[];
/** From source through tsx, as `npm run dev` and `npm run import` run it. */
export const fromSource: Launcher = (script) => ['--import', 'tsx', resolve(SOURCES[script])];

/**
 * The same sources bundled once by esbuild (what tsx compiles them with, so the same code without
 * decorator metadata): a child then starts on half the CPU. The bundle sits in node_modules/.cache
 * so that the packages it leaves external resolve as they do for the sources.
 */
export async function bundled(): Promise<{ launcher: Launcher; dispose(): Promise<void> }> {
  await mkdir(resolve('node_modules/.cache'), { recursive: true });
  const outdir = await mkdtemp(resolve('node_modules/.cache/plan-graph-faults-'));
  await build({
    entryPoints: SOURCES,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
  });
  return { launcher: (script) => [join(outdir, `${script}.mjs`)], dispose: () => rm(outdir, { recursive: true, force: true }) };
}

export interface Child {
  child: ChildProcess;
  /** Parsed log lines, each with `atMs` (performance.now() when read). */
  logs: Record<string, unknown>[];
  stderr: string[];
  exited: Promise<number | null>;
  /** The first log line with this msg, seen or to come; rejects if the process exits first. */
  waitFor(msg: string): Promise<Record<string, unknown>>;
  stop(): Promise<number | null>;
}

/** Runs the server or the import in production mode on dbPath. */
export function runScript(script: Script, dbPath: string, launcher: Launcher = fromSource): Child {
  const child = spawn(process.execPath, launcher(script), {
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', FIXTURES_DIR, DATABASE_PATH: dbPath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [logs, stderr]: [Record<string, unknown>[], string[]] = [[], []];
  const waiters: { msg: string; done: (entry: Record<string, unknown>) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const entry: Record<string, unknown> = { ...(JSON.parse(line) as object), atMs: performance.now() };
    logs.push(entry);
    for (const waiter of waiters) if (waiter.msg === entry.msg) waiter.done(entry);
  });
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  // 'close', not 'exit': 'exit' can come before the last stdout lines are read, and a waiter
  // would then miss a line the process did write (seen in CI: "exited (0) before logging").
  const exited = new Promise<number | null>((done) => child.once('close', (code) => done(code)));
  const waitFor = (msg: string) =>
    new Promise<Record<string, unknown>>((done, fail) => {
      const seen = logs.find((entry) => entry.msg === msg);
      if (seen) return done(seen);
      waiters.push({ msg, done });
      void exited.then((code) => fail(new Error(`${script} exited (${code}) before logging "${msg}": ${stderr.join('\n')}`)));
    });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return { child, logs, stderr, exited, waitFor, stop };
}

/** What a file holds: nothing, a complete graph (integrity ok, marker, every province), or damage. */
export function inspectFile(dbPath: string): { state: 'absent' | 'complete' | 'damaged'; detail?: string } {
  let db: Database.Database;
  try {
    db = new Database(dbPath, { fileMustExist: true });
  } catch {
    return { state: 'absent' };
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { state: 'damaged', detail: `integrity_check: ${String(integrity)}` };
    if (!db.prepare("select 1 from plan_graph_meta where key = 'complete'").get()) return { state: 'damaged', detail: 'no completeness marker' };
    const { n } = db.prepare('select count(*) as n from province').get() as { n: number };
    return n === FIXTURE_PROVINCES ? { state: 'complete' } : { state: 'damaged', detail: `${n} provinces` };
  } catch (error) {
    return { state: 'damaged', detail: (error as Error).message };
  } finally {
    db.close();
  }
}

/** 'complete' when the check query answers with the whole graph, else what came back. */
export async function checkGraph(url: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: CHECK_QUERY }) });
  const body = (await res.json()) as { data?: { provinces?: { totalCount: number }; province?: { name: string } | null } };
  return body.data?.provinces?.totalCount === FIXTURE_PROVINCES && body.data.province?.name === 'Cao Bằng' ? 'complete' : `served ${JSON.stringify(body)}`;
}

/** A restart on dbPath, answering checkGraph's verdict. */
export type Restart = (dbPath: string) => Promise<string>;

/** The server process. */
export const restartProcess =
  (launcher: Launcher = fromSource): Restart =>
  async (dbPath) => {
    const server = runScript('server', dbPath, launcher);
    try {
      return await checkGraph((await server.waitFor('Plan Graph is serving')).url as string);
    } finally {
      await server.stop();
    }
  };

/** The server's start-up path (openDatabase, createServer) in this process: no process start-up. */
export const restartInProcess: Restart = async (dbPath) => {
  const logger = pino({ level: 'silent' });
  const server = await createServer({ orm: await openDatabase(dbPath, FIXTURES_DIR, logger), logger });
  try {
    return await checkGraph(await server.listen(0, '127.0.0.1'));
  } finally {
    await server.stop();
  }
};

export interface FaultRun {
  /** After the build's first log line. */
  delayMs: number;
  /** Whether the victim had logged the end of its build when killed. */
  phase: 'during the build' | 'after the build';
  /** The file right after the kill: absent, complete (the old or the new file), or damaged. */
  afterKill: string;
  /** The restart's verdict, then the file's integrity and any leftover temporary file. */
  afterRestart: string;
}

export interface FaultFigures {
  attempts: number;
  /** Left nothing or a complete database, and the restart served the whole graph. */
  survived: number;
  /** Runs without a complete database afterwards: an import that lost the old one, a restart not serving one. */
  dataLost: number;
  /** The build that the kill moments spread over (0 to 1.5 times this, after its first log line). */
  buildMs: number;
  runs: FaultRun[];
}

export interface FaultOptions {
  runs?: number;
  /** Victims run at the same time, each on its own directory. */
  parallel?: number;
  launcher?: Launcher;
  restart?: Restart;
  /** The build's duration, if known; otherwise `parallel` undisturbed victims measure it. */
  buildMs?: number;
  /** For the import: a complete database to copy under each victim; otherwise that run makes one. */
  base?: string;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const STEPS = {
  server: ['rebuilding database', 'database built from fixtures'],
  import: ['building database from fixtures', 'fixtures imported'],
} as const;

/** Runs `count` undisturbed victims at once (as the kills will run): their mean build time. */
async function measure(script: Script, dbPaths: string[], launcher: Launcher): Promise<number> {
  const [first, last] = STEPS[script];
  const times = await Promise.all(
    dbPaths.map(async (dbPath) => {
      const victim = runScript(script, dbPath, launcher);
      const buildMs = Number((await victim.waitFor(last)).atMs) - Number((await victim.waitFor(first)).atMs);
      if (script === 'server') await victim.waitFor('Plan Graph is serving');
      await victim.stop();
      return buildMs;
    }),
  );
  return times.reduce((sum, ms) => sum + ms, 0) / times.length;
}

async function experiment(script: Script, options: FaultOptions): Promise<FaultFigures> {
  const { runs = 10, parallel = 2, launcher = fromSource, restart = restartProcess(launcher) } = options;
  const [first, last] = STEPS[script];
  const root = await mkdtemp(join(tmpdir(), `plan-graph-faults-${script}-`));
  try {
    const needsRun = options.buildMs === undefined || (script === 'import' && options.base === undefined);
    const calibration = Array.from({ length: parallel }, (_, i) => join(root, i ? `base-${i}.sqlite` : 'base.sqlite'));
    const measured = needsRun ? await measure(script, calibration, launcher) : 0;
    const [buildMs, base] = [options.buildMs ?? measured, options.base ?? join(root, 'base.sqlite')];
    const one = async (i: number): Promise<FaultRun> => {
      // From the build's first log line to half as long again as it took: a slower build (a busy
      // machine) still gets hit up to its end, a quicker one also after it.
      const delayMs = Math.round((buildMs * 1.5 * i) / Math.max(1, runs - 1));
      const dbPath = join(root, `run-${i}`, 'db.sqlite');
      await mkdir(dirname(dbPath));
      if (script === 'import') await copyFile(base, dbPath);
      const before = script === 'import' ? (await stat(dbPath)).ino : undefined;
      const victim = runScript(script, dbPath, launcher);
      await victim.waitFor(first);
      await sleep(delayMs);
      victim.child.kill('SIGKILL');
      await victim.exited;
      const phase = victim.logs.some((entry) => entry.msg === last) ? 'after the build' : 'during the build';
      const found = inspectFile(dbPath);
      const which = found.state === 'complete' && before !== undefined ? ((await stat(dbPath)).ino === before ? ' (old)' : ' (new)') : '';
      const afterKill = found.state + which + (found.detail ? `: ${found.detail}` : '');
      const served = await restart(dbPath).catch((error: Error) => error.message);
      const leftovers = (await readdir(dirname(dbPath))).filter((name) => name.includes('.tmp-'));
      const after = inspectFile(dbPath);
      const afterRestart = served !== 'complete' ? served : leftovers.length ? `left ${leftovers.join(', ')}` : (after.detail ?? after.state);
      return { delayMs, phase, afterKill, afterRestart };
    };
    const runsDone: FaultRun[] = [];
    for (let i = 0; i < runs; i += parallel) runsDone.push(...(await Promise.all(Array.from({ length: Math.min(parallel, runs - i) }, (_, k) => one(i + k)))));
    const lost = (run: FaultRun) => run.afterRestart !== 'complete' || (script === 'import' && !run.afterKill.startsWith('complete'));
    const survived = runsDone.filter((run) => /^(absent|complete)/.test(run.afterKill) && run.afterRestart === 'complete').length;
    return { attempts: runs, survived, dataLost: runsDone.filter(lost).length, buildMs: Math.round(buildMs), runs: runsDone };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** kill -9 during first starts of the server, each on a fresh directory, then a restart each. */
export const killDuringStart = (options: FaultOptions = {}) => experiment('server', options);
/** kill -9 during imports over a complete database, then a restart each. */
export const killDuringImport = (options: FaultOptions = {}) => experiment('import', options);

/** Both experiments from source with real restarts, for `npm run reliability` (quick: 4 kills each). */
export async function runFaults({ quick = false, runs = quick ? 4 : 10 }: { quick?: boolean; runs?: number } = {}) {
  const start = await killDuringStart({ runs });
  const imports = await killDuringImport({ runs });
  const total = (key: 'attempts' | 'survived' | 'dataLost') => start[key] + imports[key];
  return { start, import: imports, attempts: total('attempts'), survived: total('survived'), dataLost: total('dataLost') };
}
