import { cannon } from './load.js';

const TARGET = 'id key uncertainty comparator value maxValue unit isAverage statement statementEn period { startYear endYear }';
const DECISION = 'id key number kind title titleEn issuer issuerEn signer signedOn effectiveOn visionYear uncertainty period { startYear endYear }';
const PROVINCE = 'id code slug name nameEn region regionEn borderLengthKm status mergedOn uncertainty';
const INDICATOR = 'id code name nameEn category unit description';
const SOURCE = 'id key title titleEn publisher publishedOn url language kind seedFile uncertainty';
const WIDE = `${TARGET} indicator { ${INDICATOR} } decision { ${DECISION} province { ${PROVINCE} } } province { ${PROVINCE} }`;
const ALIASED = 'abcdefghijklmno'.split('').map((a) => `${a}: decision { id number titleEn }`);
// The most aliased copies the node budget admits: 100 + 100 × 100 × (1 + 6) = 70,100 of 75,000.
const ALIASED_ALLOWED = ALIASED.slice(0, 6);

/**
 * Candidates for the heaviest query the limits let through at dataset L (34 provinces, 600
 * targets each): within depth 8, 15 aliases, 1,000 tokens and the node budget (list items and
 * single entities, aliases included). Candidates the server refuses are reported, not used.
 */
export const ABUSERS: { name: string; query: string }[] = [
  {
    name: '3,400 targets, each with 6 aliased copies of its decision',
    query: `{ provinces(first: 100) { nodes { code targets(first: 100) { nodes { id value ${ALIASED_ALLOWED.join(' ')} } } } } }`,
  },
  {
    name: '3,400 targets, each with 15 aliased copies of its decision',
    query: `{ provinces(first: 100) { nodes { code targets(first: 100) { nodes { id value ${ALIASED.join(' ')} } } } } }`,
  },
  {
    name: '3,400 targets with every field of the target, indicator, decision and provinces',
    query: `{ provinces(first: 100) { nodes { code targets(first: 100) { nodes { ${WIDE} } } } } }`,
  },
  {
    name: '2,244 wide targets with citations (24,718 of 25,000 nodes)',
    query: `{ provinces(first: 34) { nodes { code targets(first: 66) { nodes { ${WIDE} citations { locator quote source { ${SOURCE} } } } } } } }`,
  },
  {
    name: '2,380 wide targets asked twice, as nodes and as edges',
    query: `{ provinces(first: 34) { nodes { code targets(first: 70) { nodes { ${WIDE} } edges { cursor node { ${WIDE} } } } } } }`,
  },
];

export interface Abuser {
  name: string;
  query: string;
  ms: number;
  bytes: number;
  requested: number;
}

/** Sends each candidate once; of those answered in full (200, no errors), the slowest is kept. */
export async function heaviestAllowed(url: string, candidates = ABUSERS): Promise<{ chosen: Abuser; tried: Abuser[]; refused: string[] }> {
  const tried: Abuser[] = [];
  const refused: string[] = [];
  for (const candidate of candidates) {
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: candidate.query }) });
    const text = await res.text();
    const ms = Math.round(performance.now() - started);
    const body = JSON.parse(text) as { errors?: unknown; extensions?: { cost?: { requested: number } } };
    if (res.status !== 200 || body.errors) {
      refused.push(`${candidate.name}: ${res.status} ${text.slice(0, 200)}`);
      continue;
    }
    tried.push({ ...candidate, ms, bytes: Buffer.byteLength(text), requested: body.extensions?.cost?.requested ?? NaN });
  }
  if (!tried.length) throw new Error(`every abuser candidate was refused: ${refused.join('; ')}`);
  return { chosen: tried.reduce((a, b) => (b.ms > a.ms ? b : a)), tried, refused };
}

/** Nearest-rank percentile of latencies in ms. */
export function percentile(samples: number[], q: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

export interface VictimRun {
  samples: number[];
  failures: string[];
}

/**
 * One client sending the dashboard query back to back for `durationS`. Its own timing, not
 * autocannon's: a request that is still waiting when the time is up is awaited and counted.
 */
export async function victim(url: string, body: string, durationS: number, headers: () => Record<string, string>): Promise<VictimRun> {
  const samples: number[] = [];
  const failures: string[] = [];
  const end = performance.now() + durationS * 1000;
  for (let i = 0; i < 100_000 && performance.now() < end; i++) {
    const started = performance.now();
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers() },
        body,
        signal: AbortSignal.timeout(60_000),
      });
      const text = await res.text();
      samples.push(performance.now() - started);
      if (res.status !== 200 || text.includes('"errors":[')) failures.push(`${res.status} ${text.slice(0, 200)}`);
    } catch (error) {
      samples.push(performance.now() - started);
      failures.push(String((error as Error).cause ?? error));
    }
  }
  return { samples, failures };
}

export interface FairnessRun {
  mode: string;
  idle: { p50: number; p99: number; n: number; failures: number };
  abused: { p50: number; p99: number; max: number; n: number; failures: number };
  ratio: number;
  abuser: { connections: number; answered: number; ok: number; throttled: number; other: number; errors: number; timeouts: number; p50: number; max: number };
  failures: string[];
}

const summary = (run: VictimRun) => ({ p50: Math.round(percentile(run.samples, 0.5)), p99: Math.round(percentile(run.samples, 0.99)), n: run.samples.length });

/** The dashboard idle, then while `connections` abusers loop the heaviest allowed query. */
export async function fairness(
  url: string,
  mode: string,
  dashboard: string,
  abuser: string,
  {
    idleS,
    abusedS,
    connections,
    victimHeaders = () => ({}),
    abuserHeaders = {},
  }: { idleS: number; abusedS: number; connections: number; victimHeaders?: () => Record<string, string>; abuserHeaders?: Record<string, string> },
): Promise<FairnessRun> {
  const idle = await victim(url, dashboard, idleS, victimHeaders);
  const flood = cannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...abuserHeaders },
    body: abuser,
    connections,
    duration: abusedS + 2,
    timeout: 60,
  });
  // The abusers' queries are queued first, as they would be on a server already under abuse.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const abused = await victim(url, dashboard, abusedS, victimHeaders);
  flood.instance.stop();
  const flooded = await flood.result;
  const codes = flooded.statusCodeStats ?? {};
  const count = (code: string) => (codes as Record<string, { count?: number }>)[code]?.count ?? 0;
  const answered = Object.values(codes).reduce((n, c) => n + (c.count ?? 0), 0);
  const a = summary(abused);
  const i = summary(idle);
  return {
    mode,
    idle: { ...i, failures: idle.failures.length },
    abused: { ...a, max: Math.round(Math.max(...abused.samples)), failures: abused.failures.length },
    ratio: Math.round((a.p99 / i.p99) * 10) / 10,
    abuser: {
      connections,
      answered,
      ok: count('200'),
      throttled: count('429'),
      other: answered - count('200') - count('429'),
      errors: flooded.errors - flooded.timeouts,
      timeouts: flooded.timeouts,
      p50: flooded.latency.p50,
      max: flooded.latency.max,
    },
    failures: [...idle.failures, ...abused.failures].slice(0, 5),
  };
}
