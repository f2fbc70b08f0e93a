import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { type Abuser, ABUSERS, fairness, type FairnessRun, heaviestAllowed } from './reliability/fairness.js';
import { canonicalOperations, fetchSeed, type LoadResult, mixedBodies, runLoad } from './reliability/load.js';
import { type FaultExperiment, type Faults, markdown, type Report } from './reliability/report.js';
import { datasetL, OUT, serverEnv, start, startLogged } from './reliability/server.js';
import { type ShutdownRun, sigtermUnderLoad } from './reliability/shutdown.js';

// `npm run reliability [-- --quick]`: load, fairness, faults and SIGTERM against the real server,
// started as a child in production mode on 127.0.0.1. About 4 minutes; --quick (CI) under a minute.
const QUICK = process.argv.includes('--quick');
const T = QUICK
  ? { loadS: 10, warmupS: 1, idleS: 3, abusedS: 5, sigtermAfterS: 3, faultRuns: 2 }
  : { loadS: 60, warmupS: 3, idleS: 8, abusedS: 12, sigtermAfterS: 5, faultRuns: 10 };
const LOAD_CONNECTIONS = 50;
const ABUSER_CONNECTIONS = 4;
const began = performance.now();
const loadBefore = loadavg()[0]!;
const say = (line: string) => process.stdout.write(`[${Math.round((performance.now() - began) / 1000)} s] ${line}\n`);

await mkdir(OUT, { recursive: true });
const operations = await canonicalOperations();
const dataL = await datasetL();
const dbL = join(OUT, 'L.sqlite');

// 1. Load: the mix on the real fixtures, default production settings (response cache on).
say(`load: ${LOAD_CONNECTIONS} connections of the ${Object.keys(operations).length} canonical operations for ${T.loadS} s`);
const loadServer = await start('load', serverEnv(join(OUT, 'S.sqlite'), 'fixtures'));
let load: LoadResult;
try {
  load = await runLoad(loadServer.url, loadServer.pid, mixedBodies(operations, await fetchSeed(loadServer.url)), LOAD_CONNECTIONS, T.loadS, T.warmupS);
} finally {
  await loadServer.stop();
}
say(`load: ${load.rps} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, peak RSS ${load.memory.peakMb} MB`);

// 2. Fairness at L, cache off: the victim's dashboard idle and while abusers loop the heaviest query.
const dashboard = JSON.stringify({ query: operations['province-overview'], variables: { code: '04' } });
let visitor = 0;
const fairnessModes: { mode: string; env: NodeJS.ProcessEnv; victimHeaders: () => Record<string, string>; abuserHeaders: Record<string, string> }[] = [
  { mode: 'worst case: loopback not throttled (the default)', env: {}, victimHeaders: () => ({}), abuserHeaders: {} },
  {
    mode: 'throttled: RATE_LIMIT_LOOPBACK=on, TRUST_PROXY=on, an X-Forwarded-For address per client',
    env: { RATE_LIMIT_LOOPBACK: 'on', TRUST_PROXY: 'on' },
    // The victim stands for many dashboard users, one address each; back to back, one address would spend its own budget.
    victimHeaders: () => ({ 'x-forwarded-for': `198.51.100.${1 + (visitor++ % 250)}` }),
    abuserHeaders: { 'x-forwarded-for': '203.0.113.66' },
  },
];
const fair: FairnessRun[] = [];
let abusers!: { chosen: Abuser; tried: Abuser[] };
// --quick: the default setting only, and only the first candidate (the heaviest allowed in full runs).
for (const { mode, env, victimHeaders, abuserHeaders } of QUICK ? fairnessModes.slice(0, 1) : fairnessModes) {
  const server = await start('fairness', serverEnv(dbL, dataL, { RESPONSE_CACHE: 'off', ...env }));
  try {
    abusers ??= await heaviestAllowed(server.url, QUICK ? ABUSERS.slice(0, 1) : ABUSERS);
    say(`fairness (${mode}): abuser "${abusers.chosen.name}", ${abusers.chosen.ms} ms alone`);
    const abuser = JSON.stringify({ query: abusers.chosen.query });
    const opts = { idleS: T.idleS, abusedS: T.abusedS, connections: ABUSER_CONNECTIONS, victimHeaders, abuserHeaders };
    const run = await fairness(server.url, mode, dashboard, abuser, opts);
    fair.push(run);
    say(`fairness: dashboard p99 ${run.idle.p99} ms idle, ${run.abused.p99} ms abused (${run.ratio}x); abuser 429s: ${run.abuser.throttled}`);
  } finally {
    // The abusers' queued queries would hold a graceful stop for seconds; this server has done its job.
    process.kill(server.pid, 'SIGKILL');
    await server.stop();
  }
}

// 3. Faults: kill -9 during first starts and imports (bench/faults.ts, written separately).
let faults: Faults = { ran: false, why: 'bench/faults.ts does not exist yet' };
const faultsFile = resolve('bench/faults.ts');
// A minute per experiment even when short; in CI, npm test runs them (test/crash-safety.test.ts).
if (QUICK) faults = { ran: false, why: 'not in --quick (CI runs the kill -9 experiments in npm test)' };
else if (existsSync(faultsFile)) {
  const module = (await import(pathToFileURL(faultsFile).href)) as Record<string, unknown>;
  type Figures = Omit<FaultExperiment, 'name'>;
  const experiments: FaultExperiment[] = [];
  say(`faults: kill -9 during first starts and imports, ${T.faultRuns} times each`);
  if (typeof module.runFaults === 'function') {
    const both = (await module.runFaults({ runs: T.faultRuns })) as { start: Figures; import: Figures };
    experiments.push({ name: 'kill -9 during a first start', ...both.start }, { name: 'kill -9 during npm run import', ...both.import });
  } else {
    for (const [name, exported] of [
      ['kill -9 during a first start', 'killDuringStart'],
      ['kill -9 during npm run import', 'killDuringImport'],
    ] as const) {
      const run = module[exported];
      if (typeof run === 'function') experiments.push({ name, ...((await run({ runs: T.faultRuns })) as Figures) });
    }
  }
  faults = experiments.length
    ? { ran: true, experiments }
    : { ran: false, why: 'bench/faults.ts exports neither runFaults nor killDuringStart/killDuringImport' };
}

// 4. SIGTERM under load at L, cache off, so many requests are queued in the server when it comes.
say(`sigterm: load at L, SIGTERM after ${T.sigtermAfterS} s`);
const logged = await startLogged(serverEnv(dbL, dataL, { RESPONSE_CACHE: 'off' }));
const shutdown: ShutdownRun = await sigtermUnderLoad(logged, mixedBodies(operations, await fetchSeed(logged.url)), {
  connections: 40,
  tracked: 10,
  sigtermAfterS: T.sigtermAfterS,
});
say(
  `sigterm: ${shutdown.tracked.inFlightCompleted}/${shutdown.tracked.inFlight} in flight completed, ${shutdown.tracked.inFlightTimedOut} answered TIMEOUT, ${shutdown.tracked.inFlightFailed} lost; exit ${shutdown.exit.code} after ${shutdown.drainMs} ms`,
);
for (const failure of shutdown.tracked.failures) say(`sigterm: in flight and failed: ${failure}`);

// 5. The hostile-input cases (test/hostile.test.ts, written separately), counted as vitest lists them.
const hostileFile = 'test/hostile.test.ts';
let hostile: Report['hostile'] = { file: hostileFile, cases: null, how: 'the file does not exist yet' };
if (existsSync(hostileFile)) {
  const text = await readFile(hostileFile, 'utf8');
  hostile = {
    file: hostileFile,
    cases: (text.match(/\b(it|test)(\.each\(|\.concurrent\(|\()/g) ?? []).length,
    how: 'the it/test calls in the file; an it.each counts once',
  };
  if (!QUICK) {
    try {
      const listed = JSON.parse(execFileSync('npx', ['vitest', 'list', hostileFile, '--json'], { encoding: 'utf8', timeout: 120_000 })) as unknown[];
      hostile = { file: hostileFile, cases: listed.length, how: '`npx vitest list test/hostile.test.ts`' };
    } catch (error) {
      hostile.how += `; vitest list failed: ${String((error as Error).message).slice(0, 120)}`;
    }
  }
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const report: Report = {
  quick: QUICK,
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  loadAverage: [loadBefore, loadavg()[0]!].map((n) => Math.round(n * 10) / 10) as [number, number],
  commit: git('rev-parse', '--short', 'HEAD'),
  uncommitted: git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length,
  durations: T,
  totalS: Math.round((performance.now() - began) / 1000),
  load,
  abusers,
  fairness: fair,
  faults,
  shutdown,
  hostile,
};
const target = QUICK ? join(OUT, 'RELIABILITY.quick.md') : join('docs', 'RELIABILITY.md');
const { text, failed } = markdown(report);
await writeFile(join(OUT, QUICK ? 'reliability.quick.json' : 'reliability.json'), JSON.stringify(report, null, 1));
// Formatted as `npm run check` expects of every Markdown file in the repository.
await writeFile(target, await format(text, { ...(await resolveConfig(target)), parser: 'markdown' }));
say(`wrote ${target}`);
if (failed.length) {
  process.stderr.write(`not met:\n${failed.map((f) => `- ${f}`).join('\n')}\n`);
  process.exitCode = 1;
}
