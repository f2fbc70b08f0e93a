import { DEFAULT_LIMITS } from '../../src/limits/limits.js';
import type { Abuser, FairnessRun } from './fairness.js';
import type { LoadResult } from './load.js';
import type { ShutdownRun } from './shutdown.js';

/** One experiment of bench/faults.ts: its figures and what each kill left. */
export interface FaultExperiment {
  name: string;
  attempts: number;
  survived: number;
  dataLost: number;
  buildMs?: number;
  runs?: { delayMs: number; phase?: string; afterKill: string; afterRestart: string }[];
}
/** What bench/faults.ts returned, or why it did not run. */
export type Faults = { ran: true; experiments: FaultExperiment[] } | { ran: false; why: string };

export interface Report {
  quick: boolean;
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string };
  /** The machine's 1-minute load average at the start and the end: other work shares the CPUs. */
  loadAverage: [number, number];
  commit: string;
  uncommitted: number;
  durations: { loadS: number; warmupS: number; idleS: number; abusedS: number; sigtermAfterS: number; faultRuns: number };
  totalS: number;
  load: LoadResult;
  abusers: { chosen: Abuser; tried: Abuser[] };
  fairness: FairnessRun[];
  faults: Faults;
  shutdown: ShutdownRun;
  hostile: { file: string; cases: number | null; how: string };
}

const PEAK_RSS_MB = 300;
const FAIRNESS_BOUND = 3;
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const yes = (met: boolean) => (met ? 'yes' : '**no**');

const cell = (v: unknown) => (v === null || typeof v !== 'object' ? String(v) : JSON.stringify(v)).replace(/\|/g, '\\|');
const tally = (counts: Record<string, number>) =>
  Object.keys(counts).length
    ? Object.entries(counts)
        .map(([code, n]) => `${n} × ${code}`)
        .join(', ')
    : 'none';

/** RELIABILITY.md from one run's figures, and the targets it did not meet. */
export function markdown(r: Report): { text: string; failed: string[] } {
  const { load, shutdown: s } = r;
  const loadErrors = load.non2xx + load.graphqlErrors + load.socketErrors + load.timeouts;
  const faults = r.faults.ran ? r.faults.experiments : [];
  const dataLost = faults.reduce((n, f) => n + f.dataLost, 0);
  const survivedAll = faults.every((f) => f.survived === f.attempts);
  const checks: [string, string, boolean | null][] = [
    ['Load: zero errors (non-2xx, GraphQL errors, socket errors, timeouts)', String(loadErrors), loadErrors === 0],
    [`Load: peak RSS below ${PEAK_RSS_MB} MB`, `${load.memory.peakMb} MB`, load.memory.peakMb < PEAK_RSS_MB],
    ...r.fairness.map((f): [string, string, boolean] => [
      `Fairness, ${f.mode.split(':')[0]}: dashboard p99 within ${FAIRNESS_BOUND}x of idle`,
      `${f.ratio}x (${f.idle.p99} → ${f.abused.p99} ms)`,
      f.ratio <= FAIRNESS_BOUND && f.abused.failures === 0,
    ]),
    ['Faults: data lost after kill -9', r.faults.ran ? String(dataLost) : 'not run', r.faults.ran ? dataLost === 0 : null],
    [
      'Faults: every kill -9 survived (nothing or a complete database left, restart serves the graph)',
      r.faults.ran ? faults.map((f) => `${f.survived} of ${f.attempts}`).join(', ') : 'not run',
      r.faults.ran ? survivedAll : null,
    ],
    [
      'SIGTERM under load: every request in flight answered, none lost',
      `${s.tracked.inFlight - s.tracked.inFlightFailed} of ${s.tracked.inFlight} (${s.tracked.inFlightTimedOut} of them 503 TIMEOUT)`,
      s.tracked.inFlight > 0 && s.tracked.inFlightFailed === 0,
    ],
    [
      "SIGTERM: logs 'stopped' and exits 0",
      `${s.loggedStopped ? "'stopped' logged" : "no 'stopped'"}, exit ${s.exit.code ?? s.exit.signal}`,
      s.loggedStopped && s.exit.code === 0,
    ],
  ];
  // --quick (CI) fails on correctness only; timings on a shared CI machine prove nothing.
  const timing = (name: string) => name.startsWith('Fairness') || name.includes('RSS');
  const failed = checks.filter(([name, , met]) => met === false && !(r.quick && timing(name))).map(([name, measured]) => `${name}: ${measured}`);

  const fairnessRows = r.fairness.map((f) => [
    f.mode,
    `${f.idle.p50} / ${f.idle.p99} (${f.idle.n})`,
    `${f.abused.p50} / ${f.abused.p99} / ${f.abused.max} (${f.abused.n})`,
    `**${f.ratio}x**`,
    `${f.abuser.answered} (${f.abuser.ok} × 200, ${f.abuser.throttled} × 429, ${f.abuser.other} other); p50 ${f.abuser.p50} ms, max ${f.abuser.max} ms`,
    f.abused.failures + f.idle.failures,
  ]);
  const notes: string[] = [];
  const unfair = r.fairness.filter((f) => f.ratio > FAIRNESS_BOUND);
  const slowestAbuser = Math.max(...r.fairness.map((f) => f.abuser.max));
  const worst = Math.max(...r.fairness.map((f) => f.ratio));
  const admitted = `the abuser's query is admitted (it passes depth, aliases, tokens and the node budget: ${r.abusers.chosen.requested} of ${DEFAULT_LIMITS.maxNodes} nodes) and runs ${r.abusers.chosen.ms} ms on its own`;
  notes.push(
    unfair.length
      ? `**The fairness bound is not met** (worst ${worst}x): ${admitted}. Executions run in ${DEFAULT_LIMITS.sliceMs} ms slices (src/limits/pacing.ts), yet the victim still waited behind work that does not yield: garbage-collection pauses (scavenges of 20-65 ms were logged with --trace-gc while the abusers' answers were built) and single SQL batches of thousands of rows. Runs vary: this harness measured 1.8x to 3.5x over the session's runs of the same code.`
      : `**The fairness bound is met** (worst ${worst}x): ${admitted}, on the one thread that serves every client. Executions run in ${DEFAULT_LIMITS.sliceMs} ms slices, and of the requests waiting for a turn the one that has run least goes first (src/limits/pacing.ts; answers are counted, serialised and encoded in slices too), so the victim's dashboard waits about one slice at each turn of the event loop while the abusers' queries progress behind it; and the abusers' queries, heavy (over ${DEFAULT_LIMITS.heavyNodes} requested nodes), execute one at a time (HEAVY_CONCURRENCY ${DEFAULT_LIMITS.heavyConcurrency}), so their half-built answers do not fill the heap together.`,
  );
  if (slowestAbuser > DEFAULT_LIMITS.timeoutMs) {
    notes.push(
      `**Abuser answers took up to ${slowestAbuser} ms**, past the ${DEFAULT_LIMITS.timeoutMs} ms execution limit: the limit covers execution (checked at every load and every slice, then TIMEOUT); the time a request waits before it starts and the sliced serialisation of its answer are outside it. The heavy client is the one slowed down.`,
    );
  }
  const throttled = r.fairness.find((f) => f.mode.startsWith('throttled'));
  if (throttled && throttled.abuser.throttled === 0) {
    notes.push(
      `**The throttle never refused the abuser** in ${r.durations.abusedS} s: a request costs 1 point per 100 potential nodes (${Math.floor(1 + r.abusers.chosen.requested / 100)} points here) against a budget of 5,000 points a minute, about ${Math.floor(5000 / (1 + Math.floor(r.abusers.chosen.requested / 100)))} such queries a minute, more than one server thread can even answer at ${r.abusers.chosen.ms} ms each. Points follow the requested nodes, not the time a query takes.`,
    );
  }

  const faultSection = r.faults.ran
    ? `From \`bench/faults.ts\`: each attempt kills the process with SIGKILL at a moment spread over the build (from its first log line to past its end), inspects the file (\`PRAGMA integrity_check\`, the completeness marker, every province), then starts the server on it and asks it for the graph.

${table(
  ['Experiment', 'Attempts', 'Survived', 'Data lost', 'Undisturbed build ms'],
  faults.map((f) => [f.name, f.attempts, f.survived, f.dataLost, f.buildMs ?? '']),
)}

${table(
  ['Experiment', 'Killed after ms', 'When', 'File after the kill', 'After restart'],
  faults.flatMap((f) => (f.runs ?? []).map((run) => [f.name, run.delayMs, run.phase ?? '', cell(run.afterKill), cell(run.afterRestart)])),
)}`
    : `**Skipped:** ${r.faults.why}.${r.faults.why.includes('does not exist') ? ' When it exists, this run imports it and calls its `runFaults`.' : ''}`;

  const text = `# Reliability

Generated by \`npm run reliability${r.quick ? ' -- --quick' : ''}\` (bench/reliability.ts) on ${r.date.slice(0, 16).replace('T', ' ')} UTC; do not edit by hand.
The figures are those of one real run of the server, started as a child process.

## Machine and commands

- Machine: ${r.machine.cpus} CPUs (${r.machine.cpuModel}), ${r.machine.memoryGb} GB of memory, Node ${r.machine.node}. Clients and server share the machine; its 1-minute load average was ${r.loadAverage[0]} at the start and ${r.loadAverage[1]} at the end (other work on it competes for the CPUs).
- Code: commit ${r.commit}${r.uncommitted ? `, with ${r.uncommitted} uncommitted file(s) under src/ in the working tree` : ''}.
- Server: \`node --import tsx src/main.ts\` with \`NODE_ENV=production HOST=127.0.0.1\` on a free loopback port (\`PORT=0\` for the SIGTERM phase); every client connects to 127.0.0.1 only.
- This run took ${r.totalS} s. \`npm run reliability\` writes docs/RELIABILITY.md; \`npm run reliability -- --quick\` (CI, the last line of .ci/run) runs shorter phases, one fairness setting and no kill -9 experiments, and writes bench/out/reliability/RELIABILITY.quick.md. Both exit 1 on a target not met; --quick ignores the timing targets (fairness, RSS).
- Raw figures: bench/out/reliability/reliability${r.quick ? '.quick' : ''}.json (git-ignored).

## Summary

${table(
  ['Target', 'Measured', 'Met'],
  checks.map(([name, measured, met]) => [name, measured, met === null ? 'not run' : yes(met)]),
)}

Bad inputs tried: ${r.hostile.cases ?? 'none counted'} cases in \`${r.hostile.file}\`, run by \`npm test\` (counted by ${r.hostile.how}).

## Load

${load.connections} connections for ${load.durationS} s over loopback (autocannon), after ${load.warmupS} s of the same load that is not counted (JIT, first statements, an empty cache), each request one of the ${'canonical operations in `schema/operations/`'} picked at random, with variables drawn from the served data: province codes, gate slugs, decision numbers, indicator codes, node IDs, \`first\` from 1 to 100, and typed search prefixes. Real fixtures, default production settings (response cache on). Every answer is read: a 200 with \`"errors"\` counts as an error.

${table(
  ['Requests', 'Req/s', 'p50 ms', 'p99 ms', 'Max ms', 'Non-2xx', 'GraphQL errors', 'Socket errors', 'Timeouts', 'Cache hits'],
  [
    [
      load.requests,
      load.rps,
      load.p50,
      load.p99,
      load.max,
      load.non2xx,
      load.graphqlErrors,
      load.socketErrors,
      load.timeouts,
      `${Math.round((load.cacheHits / Math.max(1, load.requests)) * 100)}%`,
    ],
  ],
)}

Memory of the server process (/proc/<pid>/status, every 500 ms, warm-up included; heap and outside-heap from its /metrics at the end):

${table(
  ['RSS MB: start, ¼, ½, ¾, end', 'Peak RSS MB (VmHWM)', 'V8 heap used MB', 'Outside the heap MB (Buffers)'],
  [[load.memory.trendMb.join(', '), load.memory.peakMb, load.heapMb, load.externalMb]],
)}
${
  load.memory.endMb > load.memory.startMb * 1.3
    ? `\n**RSS grew** from ${load.memory.startMb} to ${load.memory.endMb} MB during the run. The V8 heap used is read without forcing a collection, so it includes garbage not yet collected: at this allocation rate V8 lets the old generation grow before collecting it, and the process keeps the pages. The response cache is bounded by 64 MB of counted bytes (bodies are outside the heap, in the last column). bench/leak.ts (15,000 canonical requests in process, the heap measured after forced collections) stays flat at 44-46 MB, so this is growth, not a leak; longer runs show where it levels off.\n`
    : ''
}
${load.examples.length ? `\nFirst bad answers:\n\n${load.examples.map((e) => `- \`${e.replace(/`/g, "'")}\``).join('\n')}\n` : ''}
## Fairness

The victim is one client sending the canonical \`ProvinceOverview\` query (\`{"code":"04"}\`) back to back, timed by the harness itself (a request still waiting when the time is up is awaited and counted). Dataset L (34 provinces, 600 targets each: bench/generate.ts), \`RESPONSE_CACHE=off\` so every dashboard is executed. First ${r.durations.idleS} s idle, then ${r.durations.abusedS} s while ${r.fairness[0]?.abuser.connections ?? 0} abuser connections (autocannon) loop the heaviest allowed query, queued 1 s before the victim starts. Two settings: the default, where loopback clients are never throttled (only the limits and the one server thread protect the victim), and a throttled one where clients have their own addresses, as behind a proxy (\`TRUST_PROXY=on\`, \`X-Forwarded-For\`), and are throttled (\`RATE_LIMIT_LOOPBACK=on\`; default budget of 5,000 points a minute): the abuser is one address, the victim's requests come from 250 addresses in turn (many dashboard users; back to back from one address, the victim would spend its own budget).

${table(['Setting', 'Idle p50 / p99 ms (n)', 'Abused p50 / p99 / max ms (n)', 'p99 ratio', 'Abuser answers', 'Victim failures'], fairnessRows)}

Abuser candidates, each sent once to an idle server; the slowest is the abuser:

${table(
  ['Query', 'Alone ms', 'Response bytes', 'Requested nodes'],
  r.abusers.tried.map((a) => [a.name === r.abusers.chosen.name ? `**${a.name}**` : a.name, a.ms, a.bytes, a.requested]),
)}
${notes.length ? `\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}
## Faults

${faultSection}

## SIGTERM under load

Dataset L, \`RESPONSE_CACHE=off\`, so requests queue in the server. ${s.autocannon.connections} autocannon connections of the mixed load, plus ${s.tracked.connections} clients of the harness (kept-alive sockets) whose every request is followed; SIGTERM after ${r.durations.sigtermAfterS} s; all clients keep sending until the process exits. A busy server runs its signal handler late, so "in flight" means sent before the server logged \`shutting down\` and not answered by then. autocannon reconnects on its own when a socket ends, so it cannot say which request was lost; the tracked clients can.

${table(
  ['Measure', 'Figure'],
  [
    ['Signal sent → server logs "shutting down" → "stopped" → exit', `0 → ${s.loggedMs.shuttingDown ?? '?'} → ${s.loggedMs.stopped ?? '?'} → ${s.drainMs} ms`],
    [
      'Server sockets holding request bytes it had not read, just before the signal (ss Recv-Q)',
      s.unread ? `${s.unread.unread} of ${s.unread.sockets}` : 'ss not available',
    ],
    ['Tracked requests in flight when the server began stopping', `${s.tracked.inFlight} (${s.tracked.sentBeforeSignal} of them sent before the signal)`],
    ['... answered 200 without errors', s.tracked.inFlightCompleted],
    ['... answered 503 TIMEOUT by the execution time limit (queued behind the load past it)', s.tracked.inFlightTimedOut],
    ['... lost (reset, refused, or any other error)', `${s.tracked.inFlightFailed} (${s.tracked.failedSentBeforeSignal} of them sent before the signal)`],
    ['Requests the server logged as answered after "shutting down" (all clients)', s.answeredWhileStopping],
    ['Tracked requests sent after the server began stopping', tally(s.tracked.afterStopping)],
    ['autocannon: requests, non-2xx, timeouts', `${s.autocannon.requests}, ${s.autocannon.non2xx}, ${s.autocannon.timeouts}`],
    ['autocannon errors before the server began stopping', tally(s.autocannon.errorsBeforeStopping)],
    ['autocannon errors after (refusals and resets)', tally(s.autocannon.errorsAfterStopping)],
    ['Exit', `code ${s.exit.code}${s.exit.signal ? `, signal ${s.exit.signal}` : ''}; 'stopped' ${s.loggedStopped ? 'logged' : '**not logged**'}`],
    ['Error log lines', s.errorLines.length],
  ],
)}
${s.tracked.failures.length ? `\nFailed in-flight requests (first ${s.tracked.failures.length}):\n\n${s.tracked.failures.map((f) => `- ${f}`).join('\n')}\n` : ''}
Refused connections (ECONNREFUSED) once the server is stopping are expected: it stops listening first.${
    s.tracked.inFlightFailed
      ? ` **A reset of a request in flight is a lost request**: the client had sent it on an open kept-alive socket and got no answer. The server's drain (Apollo's drain plugin, then Node's \`server.close()\`) waits only for requests Node has already parsed; it ends or destroys every other socket, even when the client's next request is already in that socket's buffer. A loaded server parses the next requests only when its thread is free, which is also when it runs the signal handler, so at that moment there is little or nothing parsed to wait for: here the drain took ${(s.loggedMs.stopped ?? 0) - (s.loggedMs.shuttingDown ?? 0)} ms and the server answered ${s.answeredWhileStopping} request(s) after it began. A fix belongs in the server: keep answering for a grace period after the signal (with \`Connection: close\` and \`/ready\` saying 503, so clients and balancers move away) before closing idle sockets.`
      : ''
  }
${s.errorLines.length ? `\nError lines:\n\n${s.errorLines.map((l) => `- \`${l.slice(0, 300)}\``).join('\n')}\n` : ''}
## Not covered

- One machine: clients and server share ${r.machine.cpus} CPUs over loopback. No network latency, loss or partition, no TLS, no proxy or load balancer in front; several replicas and a shared throttle store are not exercised.
- Load runs on the real fixtures only; throughput per operation at M and L is in bench/RESULTS.md. Load is ${load.durationS} s: slow leaks over hours would not show.
- Fairness uses ${r.fairness[0]?.abuser.connections ?? 0} abuser connections from one machine and the heaviest of ${r.abusers.tried.length} hand-written queries, not a search over every allowed query; many abusing addresses at once (a distributed attack) are not tried. Queries that pass every limit before execution and are refused only after it (\`RESPONSE_TOO_LARGE\` once the whole answer is built, which can take longer than the abuser above) are not used as the abuser: they are admitted work that never reaches the client. Every abuser here is heavy (over HEAVY_NODES); many wide queries just under it, which execute side by side, are not tried.
- Slow clients: slowloris and idle sockets are covered by the header timeout and the connection cap (tests), not at scale here: no run with thousands of sockets.
- Faults: only what bench/faults.ts does (kill -9 during a first start and during an import); no disk full, no read-only file system, no power loss below the OS (fsync is trusted), no clock jumps.
- SIGTERM is tested once per run, at one moment; SIGINT and a second SIGTERM during the drain are not.
`;
  return { text, failed };
}
