import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { generate, type Scale, writeDataset } from './generate.js';
import { type BenchCluster, importedDatabase, startCluster } from './postgres.js';
import { summarizeProfile } from './profile.js';
import { cpuMs, peakRssMb, type Server, startServer } from './processes.js';
import { type Check, chart, markdown, type PostgresFacts, type ProcessStat, rpsOf, type Run } from './report.js';

// `npm run bench [-- --quick]`: every variant at S, M and L in one run, over loopback, bounded in
// time. --quick (CI) runs S only for 1 s each, to prove the harness, and asserts nothing about speed.
const QUICK = process.argv.includes('--quick');
// --report: no measuring; RESULTS.md is written again from the last full run (bench/out/runs.json and
// its profiles), e.g. after bench/NOTES.md changed.
const REPORT_ONLY = process.argv.includes('--report');
const SCALES = QUICK ? ['S'] : ['S', 'M', 'L'];
const DURATION_S = QUICK ? 1 : 5;
const CONNECTIONS = 8;
const OUT = 'bench/out';
const READY_PORT = 4600;

const syntheticVars = { gate: { slug: 'syn-04-gate-1' }, typeahead: { query: 'synthetic gate 04', first: 8 }, projects: { provinceCode: '04', first: 20 } };
const OPERATIONS: { op: string; file: string; vars: (scale: string) => Record<string, unknown>; variants: string[] }[] = [
  {
    op: 'dashboard',
    file: 'province-overview.graphql',
    vars: () => ({ code: '04' }),
    variants: ['static', 'floor', 'cached', 'uncached', 'pg-cached', 'pg-uncached', 'pg-2-replicas', 'node-sqlite3', 'naive'],
  },
  {
    op: 'national targets',
    file: 'national-targets.graphql',
    vars: () => ({ first: 100 }),
    variants: ['floor', 'cached', 'uncached', 'pg-cached', 'pg-uncached', 'pg-2-replicas', 'node-sqlite3', 'naive'],
  },
  {
    op: 'projects',
    file: 'projects.graphql',
    vars: (s) => (s === 'S' ? { provinceCode: '04', kind: 'EXPRESSWAY' } : syntheticVars.projects),
    variants: ['cached', 'uncached', 'pg-cached', 'pg-uncached', 'naive'],
  },
  {
    op: 'gate detail',
    file: 'gate-detail.graphql',
    vars: (s) => (s === 'S' ? { slug: 'tra-linh' } : syntheticVars.gate),
    variants: ['cached', 'uncached', 'pg-cached', 'pg-uncached', 'naive'],
  },
  {
    op: 'typeahead',
    file: 'search.graphql',
    vars: (s) => (s === 'S' ? { query: 'tra li', first: 8 } : syntheticVars.typeahead),
    variants: ['cached', 'uncached', 'pg-cached', 'pg-uncached', 'naive'],
  },
];

async function post(url: string, body: string): Promise<{ text: string; cache: string | null; statements: string | null }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { text: await res.text(), cache: res.headers.get('x-cache'), statements: res.headers.get('x-sql-statements') };
}

async function load(url: string, body: string, durationS: number, connections = CONNECTIONS) {
  return autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: durationS });
}

/** The same load spread over several servers at once (half the connections each for two): one summed result. */
async function loadAll(urls: string[], body: string, durationS: number) {
  const results = await Promise.all(urls.map((url) => load(url, body, durationS, CONNECTIONS / urls.length)));
  const sum = (pick: (r: (typeof results)[number]) => number) => results.reduce((total, r) => total + pick(r), 0);
  const worst = (pick: (r: (typeof results)[number]) => number) => Math.max(...results.map(pick));
  return {
    requests: { average: sum((r) => r.requests.average), total: sum((r) => r.requests.total) },
    latency: { p50: worst((r) => r.latency.p50), p99: worst((r) => r.latency.p99) },
    errors: sum((r) => r.errors),
    non2xx: sum((r) => r.non2xx),
  };
}

/**
 * How a variant's server runs. pg-* variants read PostgreSQL (`pgUrl`, imported beforehand) instead
 * of the SQLite file; pg-2-replicas is two pg-uncached processes on the same database.
 */
function serverArgs(
  variant: string,
  scale: string,
  db: string,
  body: string,
  port: number,
  profileDir?: string,
  pgUrl?: string,
): [string[], NodeJS.ProcessEnv] {
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  if (variant === 'floor') return [[...profile, '--import', 'tsx', 'bench/floor-server.ts', db, String(port)], {}];
  if (variant === 'static') return [[...profile, '--import', 'tsx', 'bench/static-server.ts', body, String(port)], {}];
  return [
    [...profile, 'dist/src/main.js'],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: db,
      LOG_LEVEL: 'warn',
      EXPOSE_QUERY_STATS: '1',
      RESPONSE_CACHE: ['cached', 'pg-cached'].includes(variant) ? 'on' : 'off',
      ...(variant.startsWith('pg-') ? { DATABASE_URL: pgUrl } : {}),
      BATCHING: variant === 'naive' ? 'off' : 'on',
      DB_DRIVER: variant === 'node-sqlite3' ? 'sqlite' : 'better-sqlite',
      FIXTURES_DIR: scale === 'S' ? 'fixtures' : join('bench', 'data', scale),
    },
  ];
}

await mkdir(OUT, { recursive: true });
process.stdout.write('building the server…\n');
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

const last = REPORT_ONLY
  ? (JSON.parse(await readFile(join(OUT, 'runs.json'), 'utf8')) as {
      runs: Run[];
      processes: ProcessStat[];
      sizes: Record<string, string>;
      floorMatches: Record<string, Record<string, boolean>>;
      postgres?: PostgresFacts;
    })
  : undefined;
const runs: Run[] = last?.runs ?? [];
const processes: ProcessStat[] = last?.processes ?? [];
const sizes: Record<string, string> = last?.sizes ?? {};
// Per operation the floor answers, per scale: is its JSON byte for byte the uncached answer's data?
const floorMatches: Record<string, Record<string, boolean>> = last?.floorMatches ?? {};
// PostgreSQL beside SQLite, when it is installed: the cluster, each scale's import time, and per
// operation and scale whether its answer equals the SQLite one byte for byte.
const cluster: BenchCluster | string = REPORT_ONLY ? (last?.postgres?.missing ?? '') : await startCluster();
const postgres: PostgresFacts =
  last?.postgres ?? (typeof cluster === 'string' ? { missing: cluster, importMs: {}, matches: {} } : { version: cluster.version, importMs: {}, matches: {} });
if (typeof cluster === 'string' && !REPORT_ONLY) process.stdout.write(`PostgreSQL variants skipped: ${cluster}\n`);
process.on('exit', () => typeof cluster !== 'string' && cluster.stop());
let port = READY_PORT;

for (const scale of REPORT_ONLY ? [] : SCALES) {
  // Generated once per scale (deterministic), and written only when the files are missing.
  const dataset = scale === 'S' ? null : await generate(scale as Scale);
  const fixtures = !dataset
    ? 'fixtures'
    : existsSync(join('bench', 'data', scale, 'targets.yaml'))
      ? join('bench', 'data', scale)
      : await writeDataset(scale as Scale, dataset);
  const db = join(OUT, `${scale}.sqlite`);
  const bodyFile = join(OUT, `${scale}-dashboard.json`);
  sizes[scale] = dataset
    ? `${dataset.provinces!.length} provinces, ${dataset.targets!.length} targets, ${dataset.observations!.length} observations, ${dataset.projects!.length} projects`
    : 'the real fixtures';

  // Build the database once (the server imports when it is missing or stale), then time a start on it.
  const [buildArgs, buildEnv] = serverArgs('uncached', scale, db, bodyFile, port++);
  await (await startServer('build', buildArgs, { ...buildEnv, FIXTURES_DIR: fixtures }, port - 1)).stop();
  let pgUrl: string | undefined;
  if (typeof cluster !== 'string') {
    const imported = await importedDatabase(cluster, `bench_${scale.toLowerCase()}`, fixtures);
    [pgUrl, postgres.importMs[scale]] = [imported.url, imported.importMs];
  }

  const operations = await Promise.all(
    OPERATIONS.map(async (o) => ({
      ...o,
      body: JSON.stringify({ query: await readFile(join('schema/operations', o.file), 'utf8'), variables: o.vars(scale) }),
    })),
  );
  // The uncached answer of each operation without its extensions: what the floor must reproduce.
  const references = new Map<string, string>();
  const pgVariants = pgUrl ? ['pg-uncached', 'pg-cached', 'pg-2-replicas'] : [];
  for (const variant of ['uncached', 'cached', ...pgVariants, 'node-sqlite3', 'naive', 'floor', 'static']) {
    const mine = operations.filter((o) => o.variants.includes(variant));
    const servers: Server[] = [];
    for (let i = 0; i < (variant === 'pg-2-replicas' ? 2 : 1); i++) {
      const [args, env] = serverArgs(variant, scale, db, bodyFile, port, undefined, pgUrl);
      servers.push(await startServer(variant, args, env, port++));
    }
    const server = servers[0]!;
    try {
      for (const o of mine) {
        const first = await post(server.url, o.body);
        const parsed = JSON.parse(first.text) as { errors?: unknown; extensions?: { queryStats?: { sql: number } } };
        if (parsed.errors) throw new Error(`${variant} ${o.op} at ${scale} answered errors: ${first.text.slice(0, 300)}`);
        // The answer without its extensions: what the floor and PostgreSQL must reproduce.
        const { extensions: _stats, ...rest } = parsed;
        const answer = JSON.stringify(rest);
        if (variant === 'uncached') {
          references.set(o.op, answer);
          if (o.op === 'dashboard') await writeFile(bodyFile, answer);
        }
        // Same keys in the same order, same nulls, same ids: JSON.parse keeps the order of the bytes.
        if (variant === 'floor') (floorMatches[o.op] ??= {})[scale] = JSON.stringify(parsed) === references.get(o.op);
        if (variant === 'pg-uncached') {
          // Search's `score` is documented as an order only: FTS5's bm25 and ts_rank give other values.
          const unscored = (json: string) => json.replace(/"score":[\d.e+-]+/g, '"score":0');
          const reference = references.get(o.op)!;
          (postgres.matches[o.op] ??= {})[scale] = answer === reference ? 'yes' : unscored(answer) === unscored(reference) ? 'yes but the scores' : 'NO';
        }
        // Only measured figures: the floor counts its statements per request (x-sql-statements); a
        // cache hit replays stored bytes, so it reports the miss's count and what x-cache said next.
        let sql = String(parsed.extensions?.queryStats?.sql ?? 'not measured');
        if (variant === 'floor') sql = first.statements ?? 'not measured';
        if (variant === 'static') sql = 'no database';
        if (['cached', 'pg-cached'].includes(variant)) sql = `${sql} on the miss, then ${(await post(server.url, o.body)).cache ?? 'no x-cache'}`;
        const cpuOf = () => servers.reduce((total, s) => total + cpuMs(s.pid), 0);
        const cpuBefore = cpuOf();
        const result = await loadAll(
          servers.map((s) => s.url),
          o.body,
          DURATION_S,
        );
        const cpu = cpuOf() - cpuBefore;
        runs.push({
          scale,
          variant,
          op: o.op,
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          sql,
          bytes: Buffer.byteLength(first.text),
          cpuMsPerRequest: cpu / Math.max(1, result.requests.total),
          errors: result.errors + result.non2xx,
        });
        process.stdout.write(
          `${scale} ${variant.padEnd(8)} ${o.op.padEnd(16)} ${Math.round(result.requests.average)} req/s  p99 ${result.latency.p99} ms  sql ${sql}\n`,
        );
      }
      for (const s of servers) processes.push({ scale, variant, startMs: s.startMs, peakRssMb: peakRssMb(s.pid) });
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  }
}

if (!REPORT_ONLY)
  await writeFile(join(OUT, QUICK ? 'runs.quick.json' : 'runs.json'), JSON.stringify({ runs, processes, sizes, floorMatches, postgres }, null, 1));

// CPU profiles of the dashboard at M: where the time goes, per variant.
const profiles: { variant: string; packages: [string, number][]; functions: [string, number][] }[] = [];
if (!QUICK) {
  const dashboard = JSON.stringify({ query: await readFile('schema/operations/province-overview.graphql', 'utf8'), variables: { code: '04' } });
  for (const variant of ['floor', 'uncached', 'naive', 'cached']) {
    const dir = join(OUT, 'profiles', variant);
    if (REPORT_ONLY) {
      profiles.push({ variant, ...(await summarizeProfile(dir)) });
      continue;
    }
    await rm(dir, { recursive: true, force: true });
    const [args, env] = serverArgs(variant, 'M', join(OUT, 'M.sqlite'), join(OUT, 'M-dashboard.json'), port, dir);
    const server = await startServer(variant, args, env, port++);
    await load(server.url, dashboard, 3);
    await server.stop();
    profiles.push({ variant, ...(await summarizeProfile(dir)) });
  }
}

const rps = (scale: string, variant: string, op: string) => rpsOf(runs, scale, variant, op);
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const checks: Check[] = [];
if (SCALES.includes('L')) {
  for (const op of ['national targets', 'dashboard']) {
    const r = ratio(rps('L', 'uncached', op), rps('L', 'naive', op));
    checks.push({ target: `L, ${op}: at least 10x naive`, measured: `${r}x`, met: r >= 10 });
  }
  const rss = Math.max(...processes.filter((p) => p.scale === 'L' && ['uncached', 'cached', 'naive'].includes(p.variant)).map((p) => p.peakRssMb));
  checks.push({ target: 'L: peak RSS under load below 300 MB', measured: `${rss} MB`, met: rss < 300 });
  const start = Math.max(...processes.filter((p) => p.scale === 'L' && ['uncached', 'cached'].includes(p.variant)).map((p) => p.startMs));
  checks.push({ target: 'L: server start-up under 3 s', measured: `${Math.round(start)} ms`, met: start < 3000 });
}
const at = SCALES.includes('M') ? 'M' : SCALES[0]!;
const floorRatio = ratio(rps(at, 'uncached', 'dashboard'), rps(at, 'floor', 'dashboard'));
checks.push({ target: `${at}, dashboard uncached: at least 0.5x floor`, measured: `${floorRatio}x`, met: floorRatio >= 0.5 });
// The issue sets the national table's floor target at M and L (a quick run has only S to show).
for (const scale of SCALES.some((s) => s !== 'S') ? SCALES.filter((s) => s !== 'S') : SCALES) {
  const r = ratio(rps(scale, 'uncached', 'national targets'), rps(scale, 'floor', 'national targets'));
  checks.push({ target: `${scale}, national targets uncached: at least 0.5x floor`, measured: `${r}x`, met: r >= 0.5 });
}
const staticRatio = ratio(rps(at, 'cached', 'dashboard'), rps(at, 'static', 'dashboard'));
checks.push({ target: `${at}, dashboard cached: at least 0.8x static`, measured: `${staticRatio}x`, met: staticRatio >= 0.8 });
// Typeahead is bounded instead: one FTS query plus one per kind of object on the page (at most 9).
const sqlOf = (scale: string, op: string) => runs.find((r) => r.scale === scale && r.variant === 'uncached' && r.op === op)?.sql;
const constantSql = OPERATIONS.filter((o) => o.op !== 'typeahead').every((o) => SCALES.every((s) => Number(sqlOf(s, o.op)) <= Number(sqlOf(SCALES[0]!, o.op))));
checks.push({
  target: 'SQL statements per request do not grow with data (uncached)',
  measured: constantSql ? `never more at M or L than at ${SCALES[0]}` : 'grows (see tables)',
  met: constantSql,
});

const notes = (await readFile('bench/NOTES.md', 'utf8').catch(() => ''))
  .split('\n')
  .filter((l) => l.startsWith('- '))
  .map((l) => l.slice(2));
const report = markdown({
  quick: QUICK,
  durationS: DURATION_S,
  connections: CONNECTIONS,
  scales: SCALES,
  sizes,
  runs,
  processes,
  checks,
  profiles,
  floorMatches,
  postgres,
  notes,
});
const target = QUICK ? join(OUT, 'RESULTS.quick.md') : 'bench/RESULTS.md';
await writeFile(target, report);
await writeFile(QUICK ? join(OUT, 'chart.quick.svg') : 'bench/chart.svg', chart(runs, 'dashboard', SCALES));
process.stdout.write(`wrote ${target}\n`);
const broken = runs.filter((r) => r.errors > 0);
if (broken.length) {
  process.stderr.write(`runs with errors: ${broken.map((r) => `${r.scale} ${r.variant} ${r.op}`).join(', ')}\n`);
  process.exitCode = 1;
}
