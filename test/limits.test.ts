import { readdir, readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/limits/limits.js';
import { startTestServer, type TestServer } from './helpers.js';

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });

type Answer = { data?: Record<string, any>; errors?: { message: string; extensions: Record<string, any> }[]; extensions?: Record<string, any> };
const json = async (res: Response) => (await res.json()) as Answer;

async function canonicalOperations(): Promise<{ file: string; query: string; variables?: Record<string, unknown> }[]> {
  const files = (await readdir('schema/operations')).filter((f) => f.endsWith('.graphql'));
  return Promise.all(
    files.map(async (file) => {
      const query = await readFile(`schema/operations/${file}`, 'utf8');
      const variables = /^# Variables: (.*)$/m.exec(query)?.[1];
      return { file, query, variables: variables ? JSON.parse(variables) : undefined };
    }),
  );
}

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

describe('the node budget', () => {
  it('allows every canonical operation at its widest pages with room to spare, and reports its cost', async () => {
    for (const { file, query, variables } of await canonicalOperations()) {
      // Every page-size variable at the maximum: the most a dashboard can ask with these documents.
      const widest = Object.fromEntries(Object.entries(variables ?? {}).map(([k, v]) => [k, k === 'first' || k === 'last' ? 100 : v]));
      const answer = await json(await post(api.url, { query, variables: widest }));
      expect(answer.errors, file).toBeUndefined();
      expect(answer.extensions!.cost.requested * 2, file).toBeLessThanOrEqual(DEFAULT_LIMITS.maxNodes);
      expect(answer.extensions!.cost.limit).toBe(DEFAULT_LIMITS.maxNodes);
    }
  });

  it('counts every asked-for copy of a single entity, so aliases cannot multiply work for free', async () => {
    const one = await json(await post(api.url, { query: '{ targets(first: 10) { nodes { decision { key } } } }' }));
    const aliased = await json(
      await post(api.url, { query: '{ targets(first: 10) { nodes { a: decision { key } b: decision { key } c: decision { key } } } }' }),
    );
    expect(one.extensions!.cost.requested).toBe(10 + 10 * 1);
    expect(aliased.extensions!.cost.requested).toBe(10 + 10 * 3);
  });

  it('counts requested nodes from the page sizes and actual nodes from the answer', async () => {
    const answer = await json(
      await post(api.url, { query: 'query($n: Int) { provinces(first: $n) { nodes { code gates(first: 2) { nodes { slug } } } } }', variables: { n: 3 } }),
    );
    const provinces = answer.data!.provinces.nodes as { gates: { nodes: unknown[] } }[];
    expect(answer.extensions!.cost).toEqual({
      requested: 3 + 3 * 2,
      actual: provinces.length + provinces.reduce((n, p) => n + p.gates.nodes.length, 0),
      limit: DEFAULT_LIMITS.maxNodes,
    });
  });

  it('refuses the nested decisions → province fan-out before any SQL, naming the limit and the count', async () => {
    const query = '{ provinces(first: 100) { nodes { decisions(first: 100) { nodes { province { decisions(first: 100) { nodes { number } } } } } } } }';
    const res = await post(api.url, { query });
    expect(res.status).toBe(400);
    const { errors, extensions } = await json(res);
    expect(errors![0]!.extensions).toMatchObject({ code: 'NODE_LIMIT_EXCEEDED', limit: DEFAULT_LIMITS.maxNodes, found: 100 + 100 ** 2 + 100 ** 2 * (1 + 100) });
    expect(errors![0]!.message).toMatch(/up to 1020100 nodes; at most 75000/);
    expect(extensions!.queryStats.sql).toBe(0);
  });

  it('sees page sizes passed through variables and defaults', async () => {
    const query = 'query($n: Int) { provinces(first: $n) { nodes { targets(first: $n) { nodes { value } } } } }';
    const wide = await json(await post(api.url, { query, variables: { n: 100 } }));
    expect(wide.errors).toBeUndefined();
    const deeper =
      'query($n: Int = 100) { provinces(first: $n) { nodes { targets(first: $n) { nodes { indicator { targets(first: $n) { totalCount } } } } } } }';
    const refused = await json(await post(api.url, { query: deeper, variables: {} }));
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'NODE_LIMIT_EXCEEDED', found: 100 + 100 ** 2 + 100 ** 2 * (1 + 100) });
    const outOfRange = await json(await post(api.url, { query, variables: { n: -5 } }));
    expect(outOfRange.errors![0]).toMatchObject({ message: 'first must be between 1 and 100, got -5.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('works out the budget again for other variables or another operation of a document it has seen (budgets are remembered per document)', async () => {
    const query =
      'query Narrow($n: Int) { provinces(first: $n) { nodes { code } } } query Wide($n: Int) { provinces(first: $n) { nodes { targets(first: $n) { nodes { value } } } } }';
    const cost = async (operationName: string, n: number) =>
      (await json(await post(api.url, { query, operationName, variables: { n } }))).extensions!.cost.requested;
    expect(await cost('Narrow', 5)).toBe(5);
    expect(await cost('Narrow', 5)).toBe(5);
    expect(await cost('Narrow', 7)).toBe(7);
    expect(await cost('Wide', 7)).toBe(7 + 7 * 7);
    const deeper = 'query($n: Int) { provinces(first: $n) { nodes { targets(first: $n) { nodes { indicator { targets(first: $n) { totalCount } } } } } } }';
    expect((await json(await post(api.url, { query: deeper, variables: { n: 2 } }))).errors).toBeUndefined();
    const refused = await json(await post(api.url, { query: deeper, variables: { n: 100 } }));
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'NODE_LIMIT_EXCEEDED' });
  });
});

describe('validation limits', () => {
  it.each([
    [
      'depth',
      `{ province(code: "04") { decisions { nodes { province { decisions { nodes { province { gates { nodes { slug } } } } } } } } } }`,
      'DEPTH_LIMIT_EXCEEDED',
    ],
    ['aliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: province(code: "04") { code }`).join(' ')} }`, 'ALIAS_LIMIT_EXCEEDED'],
    ['directives', `{ province(code: "04") { ${Array.from({ length: 51 }, () => 'code @include(if: true)').join(' ')} } }`, 'DIRECTIVE_LIMIT_EXCEEDED'],
    ['tokens', `{ province(code: "04") { ${'code '.repeat(1000)} } }`, 'TOKEN_LIMIT_EXCEEDED'],
  ])('refuses %s past the limit with its code and numbers', async (_name, query, code) => {
    const res = await post(api.url, { query });
    expect(res.status).toBe(400);
    const { errors } = await json(res);
    expect(errors![0]!.extensions.code).toBe(code);
    expect(errors![0]!.message).toMatch(/at most \d+/);
  });

  it('answers request errors with 200 to clients that accept only application/json (GraphQL over HTTP)', async () => {
    const res = await post(api.url, { query: '{ nope }' }, { accept: 'application/json' });
    expect(res.status).toBe(200);
    expect((await json(res)).errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses mutations and subscriptions as read-only', async () => {
    for (const query of ['mutation { __typename }', 'subscription { __typename }']) {
      const { errors } = await json(await post(api.url, { query }));
      expect(errors![0]).toMatchObject({ message: expect.stringMatching(/read-only/), extensions: { code: 'READ_ONLY' } });
    }
  });

  it('gives a persisted-query hash mismatch its real message', async () => {
    const { errors } = await json(await post(api.url, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }));
    expect(errors![0]).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });

  it('holds automatic persisted queries to the same limits: a refused query is never registered', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: provinces { totalCount }`).join(' ')} }`;
    const { createHash } = await import('node:crypto');
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const register = await json(await post(api.url, { query, extensions: { persistedQuery: { version: 1, sha256Hash } } }));
    expect(register.errors![0]!.extensions.code).toBe('ALIAS_LIMIT_EXCEEDED');
    const replay = await json(await post(api.url, { extensions: { persistedQuery: { version: 1, sha256Hash } } }));
    expect(replay.errors![0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('execution limits', () => {
  it('stops a query past its deadline with TIMEOUT and caches nothing', async () => {
    const slow = await startTestServer(undefined, { limits: { timeoutMs: 1 }, responseCache: true });
    try {
      const query = '{ provinces(first: 100) { nodes { decisions(first: 10) { nodes { targets(first: 10) { nodes { indicator { code } } } } } } } }';
      for (let i = 0; i < 2; i++) {
        const res = await post(slow.url, { query });
        expect(res.status).toBe(503);
        expect(res.headers.get('x-cache')).toBeNull();
        const answer = await json(res);
        expect(answer.data).toBeUndefined();
        expect(answer.errors).toEqual([expect.objectContaining({ extensions: { code: 'TIMEOUT', limit: 1 } })]);
      }
    } finally {
      await slow.stop();
    }
  });

  it('refuses a response over the size backstop', async () => {
    const small = await startTestServer(undefined, { limits: { maxResponseBytes: 500 } });
    try {
      const res = await post(small.url, { query: '{ provinces(first: 100) { nodes { name nameEn } } }' });
      expect(res.status).toBe(400);
      expect((await json(res)).errors![0]!.extensions).toEqual({ code: 'RESPONSE_TOO_LARGE', limit: 500 });
    } finally {
      await small.stop();
    }
  });
});

describe('throttling', () => {
  let throttled: TestServer;
  beforeAll(async () => {
    throttled = await startTestServer(undefined, { throttle: { loopback: true, points: 30, windowSeconds: 60 }, responseCache: true });
  });
  afterAll(() => throttled.stop());

  it('reports the budget in rateLimit and headers, charges every request, hits included, then answers 429 with Retry-After', async () => {
    const query = '{ rateLimit { cost limit remaining used resetAt nodeCount } provinces(first: 100) { totalCount } }';
    const first = await json(await post(throttled.url, { query }));
    expect(first.data!.rateLimit).toMatchObject({ cost: 2, limit: 30, remaining: 28, used: 2, nodeCount: 100 });
    expect(Date.parse(first.data!.rateLimit.resetAt)).toBeGreaterThan(Date.now());
    // rateLimit answers are never cached: the second one counts on.
    const second = await post(throttled.url, { query });
    expect(second.headers.get('x-cache')).toBeNull();
    expect((await json(second)).data!.rateLimit.remaining).toBe(26);
    expect(second.headers.get('x-ratelimit-remaining')).toBe('26');

    const cached = { query: '{ provinces(first: 100) { totalCount } }' };
    const statuses: (string | null)[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 20; i++) {
      last = await post(throttled.url, cached);
      if (last.status !== 200) break;
      statuses.push(last.headers.get('x-cache'));
    }
    expect(statuses.slice(0, 2)).toEqual(['MISS', 'HIT']);
    expect(statuses.length).toBe(13); // 26 points left, 2 per request
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    const { errors } = await json(last!);
    expect(errors![0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' }, message: expect.stringMatching(/30 points per 60 s/) });

    // Spent: refused before the body is even parsed.
    const garbage = await fetch(throttled.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(garbage.status).toBe(429);
  });

  it('never throttles loopback clients by default', async () => {
    for (let i = 0; i < 3; i++) expect((await post(api.url, { query: '{ rateLimit { remaining } }' })).status).toBe(200);
  });
});

describe('the response cache sits behind the request checks', () => {
  let cached: TestServer;
  beforeAll(async () => {
    cached = await startTestServer(undefined, { responseCache: true, server: { responseCacheBytes: 1000 } });
  });
  afterAll(() => cached.stop());

  it('never answers from the cache a request Apollo refuses (GET without the CSRF preflight header)', async () => {
    const url = `${cached.url}?query=${encodeURIComponent('{ province(code: "04") { name } }')}`;
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect((await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })).headers.get('x-cache')).toBe('HIT');
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(simple.headers.get('x-cache')).toBeNull();
  });

  it('is bounded by bytes: a response bigger than the cache is served but not kept', async () => {
    const big = { query: '{ provinces(first: 100) { nodes { name nameEn code slug targets { nodes { statement statementEn } } } } }' };
    for (let i = 0; i < 2; i++) {
      const res = await post(cached.url, big);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-cache')).toBe('MISS');
    }
  });
});

describe('operations', () => {
  it('gives every response a request id, keeping a well-formed one the client sent', async () => {
    const mine = await post(api.url, { query: '{ __typename }' }, { 'x-request-id': 'dash-42' });
    expect(mine.headers.get('x-request-id')).toBe('dash-42');
    const bad = await post(api.url, { query: '{ __typename }' }, { 'x-request-id': 'x'.repeat(200) });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one bounded line per request, however many aliases fail', async () => {
    const lines: Record<string, any>[] = [];
    const stream = new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(JSON.parse(chunk.toString())), done()) });
    const broken = await startTestServer(undefined, { server: { logger: pino({ level: 'info' }, stream) } });
    await broken.orm.close(true);
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: province(code: "04") { name }`).join(' ')} }`;
    const res = await post(broken.url, { query }, { 'x-request-id': 'broken-1' });
    expect(res.status).toBeLessThan(500);
    const answer = JSON.stringify(await json(res));
    expect(answer).not.toMatch(/sqlite|knex|select|\/work\/|node_modules/i);
    const mine = lines.filter((line) => line.reqId === 'broken-1');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ msg: 'graphql request failed', err: { count: 15 } });
    expect(JSON.stringify(mine[0]).length).toBeLessThan(4000);
  });

  it('exposes Prometheus metrics with canonical operation names only', async () => {
    await post(api.url, { query: 'query MadeUpName { __typename }' });
    const text = await (await fetch(api.url.replace('/graphql', '/metrics'))).text();
    expect(text).toMatch(/plan_graph_requests_total\{operation="other",outcome="ok"\} \d+/);
    expect(text).toMatch(/plan_graph_rejected_requests_total\{limit="NODE_LIMIT_EXCEEDED"\} \d+/);
    expect(text).toContain('plan_graph_request_duration_seconds_bucket');
    expect(text).not.toContain('MadeUpName');
  });

  it('answers CORS preflights so a browser app on any origin can read the API', async () => {
    const res = await fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://dash.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('content-type');
  });
});

describe('HTTP limits', () => {
  it('closes a connection that never finishes its headers, and refuses connections past the cap', async () => {
    const tight = await startTestServer(undefined, {
      server: { httpLimits: { maxConnections: 3, headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 500 } },
    });
    try {
      const { port } = new URL(tight.url);
      // Each socket sends half its headers and waits; `closed` says how long the server kept it.
      const open = () => {
        const started = Date.now();
        const socket = connect(Number(port), '127.0.0.1', () => socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n'));
        socket.on('error', () => {});
        socket.resume();
        return { closed: new Promise<number>((done) => socket.on('close', () => done(Date.now() - started))) };
      };
      const idle = [open(), open(), open()];
      await new Promise((resolve) => setTimeout(resolve, 100));
      const fourth = open();
      expect(await fourth.closed).toBeLessThan(250);
      for (const { closed } of idle) expect(await closed).toBeLessThan(3000);
      expect((await post(tight.url, { query: '{ __typename }' })).status).toBe(200);
    } finally {
      await tight.stop();
    }
  });
});
