import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type Memory, sampleMemory } from './server.js';

/** Real values to vary the canonical operations with, read from the server being loaded. */
export interface Seed {
  provinceCodes: string[];
  gateSlugs: string[];
  decisionNumbers: string[];
  indicatorCodes: string[];
  nodeIds: string[];
  words: string[];
}

const SEED_QUERY = `{
  provinces(first: 100) { nodes { id code name nameEn } }
  gates(first: 100) { nodes { id slug name } }
  decisions(first: 100) { nodes { number } }
  indicators(first: 100) { nodes { id code } }
  projects(first: 100) { nodes { id nameEn } }
}`;

type Named = { id?: string; code?: string; slug?: string; name?: string; nameEn?: string; number?: string | null };

export async function fetchSeed(url: string): Promise<Seed> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SEED_QUERY }) });
  const { data, errors } = (await res.json()) as { data?: Record<string, { nodes: Named[] }>; errors?: unknown };
  if (!data || errors) throw new Error(`the seed query answered ${res.status} with errors: ${JSON.stringify(errors).slice(0, 300)}`);
  const all = Object.values(data).flatMap((c) => c.nodes);
  const names = all.flatMap((n) => [n.name, n.nameEn]).filter((s): s is string => Boolean(s));
  return {
    provinceCodes: data.provinces!.nodes.map((n) => n.code!),
    gateSlugs: data.gates!.nodes.map((n) => n.slug!),
    decisionNumbers: data.decisions!.nodes.flatMap((n) => (n.number ? [n.number] : [])),
    indicatorCodes: data.indicators!.nodes.map((n) => n.code!),
    nodeIds: all.flatMap((n) => (n.id ? [n.id] : [])),
    words: [...new Set(names.flatMap((name) => name.split(/\s+/)).filter((w) => w.length >= 2 && /^\p{L}/u.test(w)))],
  };
}

/** The canonical operations, by file name without `.graphql`. */
export async function canonicalOperations(): Promise<Record<string, string>> {
  const dir = join('schema', 'operations');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.graphql')).sort();
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f.replace(/\.graphql$/, ''), await readFile(join(dir, f), 'utf8')] as const)));
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const int = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));
const KINDS = ['EXPRESSWAY', 'ROAD', 'LOGISTICS', 'TOURISM', 'INDUSTRIAL_PARK', 'BORDER_GATE_INFRASTRUCTURE'];

/** Variables per operation: real keys, page sizes and typed prefixes, so many requests miss the cache. */
function variables(op: string, seed: Seed): Record<string, unknown> {
  switch (op) {
    case 'province-overview':
    case 'province-dashboard':
      return { code: pick(seed.provinceCodes) };
    case 'dashboard-provinces':
      return { first: int(1, 100) };
    case 'national-targets':
      return { first: int(1, 100) };
    case 'projects':
      return { provinceCode: pick(seed.provinceCodes), kind: Math.random() < 0.5 ? pick(KINDS) : null, first: int(1, 50) };
    case 'gate-detail':
      return { slug: pick(seed.gateSlugs) };
    case 'search': {
      const word = pick(seed.words);
      return { query: `${pick(seed.words)} ${word.slice(0, int(2, word.length))}`.trim(), first: int(1, 20) };
    }
    case 'decision-detail':
      return { number: pick(seed.decisionNumbers) };
    case 'indicator-comparison':
      return { code: pick(seed.indicatorCodes) };
    case 'node':
      return { id: pick(seed.nodeIds) };
    default:
      throw new Error(`no variables for operation "${op}": add a case to bench/reliability/load.ts`);
  }
}

/** A random canonical operation with random real variables, as a request body. */
export function mixedBodies(operations: Record<string, string>, seed: Seed): () => string {
  const names = Object.keys(operations);
  return () => {
    const op = pick(names);
    return JSON.stringify({ query: operations[op], variables: variables(op, seed) });
  };
}

/** autocannon as an instance to stop or listen to, and its result (its types offer one or the other). */
export function cannon(options: autocannon.Options): { instance: autocannon.Instance; result: Promise<autocannon.Result> } {
  let instance!: autocannon.Instance;
  const result = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(options, (error: unknown, result) => (error ? reject(error as Error) : resolve(result)));
  });
  return { instance, result };
}

export interface LoadResult {
  connections: number;
  durationS: number;
  warmupS: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  graphqlErrors: number;
  socketErrors: number;
  timeouts: number;
  cacheHits: number;
  /** The first few bad answers, to say what went wrong. */
  examples: string[];
  memory: Memory;
  /** At the end, from the server's /metrics: V8 heap in use and memory outside it (Buffers). */
  heapMb: number;
  externalMb: number;
}

/** A gauge of the server's /metrics (prom-client's default process metrics), in MB. */
async function gaugeMb(url: string, name: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', url))).text();
  const value = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1];
  return value === undefined ? NaN : Math.round(Number(value) / 2 ** 20);
}

/**
 * `connections` clients sending the mix for `durationS` after `warmupS` of the same (not counted:
 * JIT and first statements); every answer is read for GraphQL errors.
 */
export async function runLoad(url: string, pid: number, next: () => string, connections: number, durationS: number, warmupS: number): Promise<LoadResult> {
  const memory = sampleMemory(pid);
  const warm = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: warmupS,
    requests: [{ setupRequest: (r) => ({ ...r, body: next() }) }],
  });
  if (warm.errors || warm.non2xx) throw new Error(`the warm-up had ${warm.errors} errors and ${warm.non2xx} non-2xx answers`);
  let graphqlErrors = 0;
  let cacheHits = 0;
  const examples: string[] = [];
  const result = await autocannon({
    url: new URL(url).origin,
    connections,
    duration: durationS,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: next() }),
        onResponse: (status, body, _context, headers) => {
          if (headers?.['x-cache'] === 'HIT') cacheHits++;
          const failed = status < 200 || status > 299 || body.includes('"errors":[');
          if (body.includes('"errors":[')) graphqlErrors++;
          if (failed && examples.length < 5) examples.push(`${status} ${body.slice(0, 240)}`);
        },
      },
    ],
  });
  return {
    connections,
    durationS,
    warmupS,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    graphqlErrors,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    cacheHits,
    examples,
    memory: memory.stop(),
    heapMb: await gaugeMb(url, 'nodejs_heap_size_used_bytes'),
    externalMb: await gaugeMb(url, 'nodejs_external_memory_bytes'),
  };
}
