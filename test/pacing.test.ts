import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeResponse, stringifyResult } from '../src/http/stringify.js';
import { Gate } from '../src/limits/gate.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { FIXTURES_DIR, grown, NO_LIMITS, startTestServer, type TestServer } from './helpers.js';

// A query far wider than any dashboard: 15 copies of every target with its relations.
const TARGETS =
  'targets(first: 100) { nodes { id statement value indicator { code name } decision { number title province { name } } citations { locator } } }';
const HEAVY = `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: provinces(first: 100) { nodes { code ${TARGETS} } }`).join(' ')} }`;
const post = async (url: string, query: string) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, text: await res.text() };
};

/**
 * The heavy query against a server in this process, and the longest time the event loop went
 * without a turn meanwhile: with slicing, a turn comes at least once a slice; without, the loop
 * is held for the whole execution and every other client waits that long.
 */
async function heldFor(url: string) {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  const answer = await post(url, HEAVY);
  const ms = performance.now() - started;
  clearInterval(ticker);
  return { ms, longest, answer };
}

let dataset: Awaited<ReturnType<typeof readFixtures>>;
beforeAll(async () => {
  dataset = ['b', 'c', 'd', 'e', 'f'].reduce((data, suffix) => grown(data, suffix), await readFixtures(FIXTURES_DIR));
});

describe('time slicing (src/limits/pacing.ts)', () => {
  let paced: TestServer;
  let unpaced: TestServer;
  beforeAll(async () => {
    paced = await startTestServer(dataset, { limits: NO_LIMITS });
    // A slice longer than any query: execution never yields, as before pacing existed. On SQLite,
    // whose driver is synchronous, so that not even a statement gives the loop back (on PostgreSQL
    // every statement does, and pacing matters less).
    unpaced = await startTestServer(dataset, { sqlite: true, limits: { ...NO_LIMITS, sliceMs: 1e9 } });
  });
  afterAll(async () => {
    await paced.stop();
    await unpaced.stop();
  });

  it('gives the event loop back at least once a slice while a long query executes', async () => {
    const run = await heldFor(paced.url);
    expect(run.answer.status).toBe(200);
    // The premise: the query runs for many slices.
    expect(run.ms).toBeGreaterThan(200);
    expect(run.longest).toBeLessThan(run.ms / 4);
  });

  it('without slicing, the loop is held for most of the execution (what pacing prevents)', async () => {
    const run = await heldFor(unpaced.url);
    expect(run.ms).toBeGreaterThan(200);
    expect(run.longest).toBeGreaterThan(run.ms / 2);
  });

  it('writes a large answer in pieces that make the same JSON as JSON.stringify', async () => {
    const { text } = await post(paced.url, HEAVY);
    const parsed = JSON.parse(text) as { extensions: { cost: { actual: number } } };
    // Above the size where the answer is written in pieces (http/stringify.ts).
    expect(parsed.extensions.cost.actual).toBeGreaterThan(1000);
    expect(text).toBe(`${JSON.stringify(parsed)}\n`);
  });

  it('executes heavy queries one at a time: of three sent at once, two wait, and all three answer in full', async () => {
    const waited = async () => {
      const text = await (await fetch(paced.url.replace('/graphql', '/metrics'))).text();
      const count = (label: string) => Number(new RegExp(`plan_graph_heavy_queries_total\\{waited="${label}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
      return { yes: count('yes'), no: count('no') };
    };
    const before = await waited();
    const answers = await Promise.all([post(paced.url, HEAVY), post(paced.url, HEAVY), post(paced.url, HEAVY)]);
    const after = await waited();
    expect({ yes: after.yes - before.yes, no: after.no - before.no }).toEqual({ yes: 2, no: 1 });
    const data = answers.map(({ status, text }) => ({ status, data: (JSON.parse(text) as { data: unknown }).data }));
    expect(data[1]).toEqual(data[0]);
    expect(data[2]).toEqual(data[0]);
    expect(data[0]!.status).toBe(200);
  });

  it('stops a long query at its deadline between slices, not only at a data load', async () => {
    const short = await startTestServer(dataset, { limits: { ...NO_LIMITS, timeoutMs: 100 } });
    try {
      const { status, text } = await post(short.url, HEAVY);
      expect(status).toBe(503);
      const answer = JSON.parse(text) as { data?: unknown; errors: unknown[] };
      expect(answer.data).toBeUndefined();
      expect(answer.errors).toEqual([expect.objectContaining({ extensions: { code: 'TIMEOUT', limit: 100 } })]);
    } finally {
      await short.stop();
    }
  });
});

describe('serialising in pieces', () => {
  it('gives JSON.stringify’s text for any answer, undefined members and nested lists included', async () => {
    const item = (i: number) => ({ id: `T${i}`, n: i / 3, ok: i % 2 === 0, none: null, skip: undefined, tags: ['á', '😀', undefined], deep: { a: [[i]] } });
    const result = { data: { list: { nodes: Array.from({ length: 1500 }, (_, i) => item(i)) } }, extensions: { cost: { actual: 1500 } } };
    expect(await stringifyResult(result, 1)).toBe(`${JSON.stringify(result)}\n`);
  });

  it('encodes a text longer than a piece without splitting a surrogate pair', async () => {
    // An odd offset puts a high surrogate at the end of the first 1 MiB piece.
    const text = `a${'😀'.repeat(600_000)}é`;
    const bytes = await encodeResponse(text, 1);
    expect(bytes.equals(Buffer.from(text))).toBe(true);
  });
});

describe('the gate for heavy queries', () => {
  it('lets them through first come, first served, a slot freed once however often it is released', async () => {
    const gate = new Gate(1);
    const order: string[] = [];
    const first = await gate.acquire();
    const queued = ['b', 'c'].map(async (name) => {
      const release = await gate.acquire();
      order.push(name);
      return release;
    });
    expect(gate.full).toBe(true);
    first();
    first();
    const b = await queued[0]!;
    // Released twice, the first slot let exactly one waiter in.
    expect(order).toEqual(['b']);
    b();
    (await queued[1]!)();
    expect(order).toEqual(['b', 'c']);
    expect(gate.full).toBe(false);
  });
});
