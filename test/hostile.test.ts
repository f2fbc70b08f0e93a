import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { buildSchema, getNamedType, type GraphQLArgument, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLInputType } from 'graphql';
import type { EntityManager } from '@mikro-orm/knex';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../src/common/paging.js';
import { toGlobalId } from '../src/common/global-id.js';
import { importDataset } from '../src/import/import.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { DEFAULT_HTTP_LIMITS, DEFAULT_LIMITS } from '../src/limits/limits.js';
import { createServer, type PlanGraphServer } from '../src/server.js';
import { createTestOrm, FIXTURES_DIR, startTestServer, type TestServer } from './helpers.js';

/*
 * Hostile inputs (issue 8): every request a broken or hostile client could send, table-driven as
 * { name, request, expect }. Each gets a 4xx or a GraphQL error with a code, never a 5xx, a reset
 * or an internal detail, and every refusal is made before any SQL statement is issued.
 */

// ---------------------------------------------------------------------------------------------
// Requests and answers
// ---------------------------------------------------------------------------------------------

interface Request {
  method?: string;
  /** Query string parameters (GET). */
  params?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is: text, bytes, or pieces written one after the other (`pauseMs` apart). */
  body?: string | Buffer | (string | Buffer)[];
  /** Replace the defaults (JSON content type, graphql-response+json accepted); '' removes one. */
  headers?: Record<string, string>;
  /** node:http instead of fetch: chunked bodies, declared lengths, bytes that are not UTF-8. */
  transport?: 'fetch' | 'http' | 'socket';
  /** node:http: send this Content-Length whatever the body is; with `hold`, the body never ends. */
  declaredLength?: number;
  hold?: boolean;
  pauseMs?: number;
  /** The raw bytes of the whole request (transport 'socket'), or its pieces (`pauseMs` apart). */
  raw?: Buffer | string | (Buffer | string)[];
}

interface Expected {
  /** A list: any of them (where two conventions are both right). */
  status: number | readonly number[];
  /** The first error's extensions.code; null: no errors. A list: any of them. */
  code?: string | null | readonly (string | null)[];
  /** toMatchObject on the JSON answer. */
  body?: unknown;
  /** toMatchObject on its first error. */
  error?: object;
  /** Exact number of SQL statements the server issued for the request (seen at the driver); refusals: 0. */
  sql?: number;
  /** Wait this long before counting SQL: work that goes on after the answer is sent counts too. */
  settleMs?: number;
  /** Deliberately slow cases (timeouts) are not held to the time bound. */
  slow?: boolean;
  /** The answer has no JSON body (Node's own 4xx for broken HTTP). */
  noJson?: boolean;
  check?: (reply: Reply) => void;
}

interface Case {
  name: string;
  request: Request;
  expect: Expected;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  text: string;
  json?: { data?: any; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[]; extensions?: Record<string, any> };
  ms: number;
}

const ACCEPT = 'application/graphql-response+json';
const DEFAULT_HEADERS = { 'content-type': 'application/json', accept: ACCEPT };

function headersOf(request: Request): Record<string, string> {
  const merged: Record<string, string> = { ...DEFAULT_HEADERS, ...request.headers };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== ''));
}

function bodyOf(request: Request): Buffer[] {
  if (request.json !== undefined) return [Buffer.from(JSON.stringify(request.json))];
  if (request.body === undefined) return [];
  const pieces = Array.isArray(request.body) ? request.body : [request.body];
  return pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece));
}

function urlOf(base: string, request: Request): URL {
  const url = new URL(base);
  for (const [key, value] of Object.entries(request.params ?? {})) url.searchParams.set(key, value);
  return url;
}

function replyOf(status: number, headers: Record<string, string>, text: string, started: number): Reply {
  let json: Reply['json'];
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status, headers, text, json, ms: performance.now() - started };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function viaFetch(base: string, request: Request): Promise<Reply> {
  const started = performance.now();
  const method = request.method ?? (request.params ? 'GET' : 'POST');
  const body = bodyOf(request);
  const res = await fetch(urlOf(base, request), {
    method,
    headers: headersOf(request),
    body: method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(body),
    signal: AbortSignal.timeout(20_000),
  });
  return replyOf(res.status, Object.fromEntries(res.headers), await res.text(), started);
}

/** node:http, for bodies fetch cannot send. A reset before the answer fails the case; after it, it is the server closing as it said it would. */
function viaHttp(base: string, request: Request): Promise<Reply> {
  const started = performance.now();
  const url = urlOf(base, request);
  const pieces = bodyOf(request);
  const headers = headersOf(request);
  if (request.declaredLength !== undefined) headers['content-length'] = String(request.declaredLength);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: request.method ?? 'POST', headers, agent: false });
    req.setTimeout(20_000, () => req.destroy(new Error('no answer within 20 s')));
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve(replyOf(res.statusCode!, res.headers as Record<string, string>, Buffer.concat(chunks).toString('utf8'), started));
        req.destroy();
      });
      res.on('error', reject);
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    // Headers go out at once, also when no body byte follows.
    req.flushHeaders();
    void (async () => {
      for (const piece of pieces) {
        if (answered || req.destroyed) return;
        if (!req.write(piece)) await new Promise((drained) => req.once('drain', drained).once('close', drained));
        if (request.pauseMs) await sleep(request.pauseMs);
      }
      if (!request.hold && !req.destroyed) req.end();
    })();
  });
}

/** A raw TCP socket, for requests Node's own client refuses to send. Reads one response. */
function viaSocket(base: string, request: Request): Promise<Reply> {
  const started = performance.now();
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let received = Buffer.alloc(0);
    const finish = () => {
      const text = received.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return reject(new Error(`no HTTP answer, got ${JSON.stringify(text.slice(0, 200))}`));
      const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      const body = received.subarray(end + 4).toString('utf8');
      resolve(replyOf(Number(statusLine!.split(' ')[1]), headers, headers['transfer-encoding'] === 'chunked' ? unchunk(body) : body, started));
      socket.destroy();
    };
    const complete = () => {
      const text = received.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return false;
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, end));
      if (length) return received.length >= end + 4 + Number(length[1]);
      return /\r\ntransfer-encoding:\s*chunked/i.test(text.slice(0, end)) && text.endsWith('0\r\n\r\n');
    };
    socket.setTimeout(20_000, () => socket.destroy(new Error('no answer within 20 s')));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (complete()) finish();
    });
    socket.on('close', () => (received.length ? finish() : reject(new Error('connection closed without an answer'))));
    socket.on('error', (error) => (received.length ? finish() : reject(error)));
    socket.on('connect', async () => {
      const pieces = Array.isArray(request.raw) ? request.raw : [request.raw ?? ''];
      for (const piece of pieces) {
        if (socket.destroyed) return;
        socket.write(piece);
        if (request.pauseMs) await sleep(request.pauseMs);
      }
    });
  });
}

function unchunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const line = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, line), 16);
    if (!size) return out;
    out += rest.slice(line + 2, line + 2 + size);
    rest = rest.slice(line + 4 + size);
  }
}

function send(base: string, request: Request): Promise<Reply> {
  const transport = request.transport ?? (request.raw !== undefined ? 'socket' : 'fetch');
  if (transport === 'socket') return viaSocket(base, request);
  return transport === 'http' ? viaHttp(base, request) : viaFetch(base, request);
}

// ---------------------------------------------------------------------------------------------
// What every answer must satisfy
// ---------------------------------------------------------------------------------------------

const INTERNALS = [
  /at .*\.(js|ts):\d+/,
  /\/work\//,
  /node_modules/,
  /SQLITE/i,
  /select /i,
  /knex/i,
  /MikroORM/i,
  /Maximum call stack/i,
  /TypeError/,
  /ReferenceError/,
  /stacktrace/i,
];

/** The response without the text the client sent itself (an error may quote a bad argument). */
function withoutEcho(text: string, request: Request): string {
  const sent = [
    ...Object.values(request.params ?? {}),
    ...bodyOf(request).map((piece) => piece.toString('utf8')),
    ...(request.json !== undefined ? collectStrings(request.json) : []),
  ].filter((value) => value.length > 0);
  let rest = text;
  for (const value of sent.sort((a, b) => b.length - a.length)) {
    for (const form of [value, JSON.stringify(value).slice(1, -1)]) rest = rest.split(form).join('<sent>');
  }
  return rest;
}

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

function assertClean(reply: Reply, request: Request, wanted: Expected, seen = reply.text.slice(0, 500)): void {
  expect(reply.status, seen).toBeLessThan(500);
  expect(typeof wanted.status === 'number' ? [wanted.status] : wanted.status, seen).toContain(reply.status);
  const visible = withoutEcho(`${JSON.stringify(reply.headers)}\n${reply.text}`, request);
  for (const pattern of INTERNALS) expect(visible, `leaks ${pattern}: ${seen}`).not.toMatch(pattern);
  if (wanted.noJson) return;
  expect(reply.json, `a JSON answer, got ${JSON.stringify(reply.text.slice(0, 300))}`).toBeTypeOf('object');
  const errors = reply.json!.errors ?? [];
  for (const error of errors) {
    expect(error.extensions?.code, seen).toBeTypeOf('string');
    expect(error.extensions?.code, seen).not.toBe('INTERNAL_SERVER_ERROR');
  }
  if (wanted.code !== undefined) {
    const found = (errors[0]?.extensions?.code as string | undefined) ?? null;
    const allowed = Array.isArray(wanted.code) ? wanted.code : [wanted.code];
    expect(allowed, seen).toContain(found);
  }
  if (wanted.body !== undefined) expect(reply.json).toMatchObject(wanted.body as object);
  if (wanted.error !== undefined) expect(errors[0]).toMatchObject(wanted.error);
  // A refusal says so before any statement: the request's own tally is 0 (or not reported at all).
  if (reply.status >= 400 || (errors.length && wanted.sql === 0)) expect(reply.json!.extensions?.queryStats?.sql ?? 0, seen).toBe(0);
}

// ---------------------------------------------------------------------------------------------
// Building blocks of the hostile documents
// ---------------------------------------------------------------------------------------------

const NATIONAL_LIST = 'provinces(first:100){nodes{targets{nodes{value}}}}';
const gql = (query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}): Request => ({ json: { query, variables, ...extra } });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** province(code:"04") { decisions { nodes { province { decisions { nodes { … id } } } } } }, `levels` times. */
function decisionChain(levels: number, page = ''): string {
  let inner = 'id';
  for (let level = 0; level < levels; level++) inner = `province${level === levels - 1 ? '(code: "04")' : ''} { decisions${page} { nodes { ${inner} } } }`;
  return `{ ${inner} }`;
}

/** The same chain with every step wrapped in an inline fragment. */
function inlineChain(levels: number): string {
  let inner = 'id';
  for (let level = 0; level < levels; level++) {
    inner = `province${level === levels - 1 ? '(code: "04")' : ''} { ... on Province { decisions { nodes { ... on PlanDecision { ${inner} } } } } }`;
  }
  return `{ ... on Query { ${inner} } }`;
}

const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}:${field}`).join(' ')} }`;
const nested = (depth: number, open: string, close: string, leaf: string) => `${open.repeat(depth)}${leaf}${close.repeat(depth)}`;

const FANOUT = 'provinces(first: 100) { nodes { decisions(first: 100) { nodes { targets(first: 100) { nodes { id value } } } } } }';
const FANOUT_VARS = 'query Fanout($n: Int) { provinces(first: $n) { nodes { decisions(first: $n) { nodes { targets(first: $n) { nodes { id } } } } } } }';
const FIRST_VAR = 'query($n: Int) { provinces(first: $n) { totalCount } }';
const NODES_VAR = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
const NODE_VAR = 'query($id: ID!) { node(id: $id) { id } }';
const AFTER_VAR = 'query($c: String) { provinces(first: 2, after: $c) { totalCount } }';
const CODE_VAR = 'query($c: String) { province(code: $c) { name } }';
const SEARCH_VAR = 'query($q: String!) { search(query: $q) { totalCount } }';
const ok = { status: 200, code: null } as const;
const refused = (code: string, status = 400, error?: object): Expected => ({ status, code, sql: 0, error });

const PERSISTED = new Map(Object.entries(JSON.parse(readFileSync('sdk/generated/persisted-documents.json', 'utf8')) as Record<string, string>));
const NATIONAL_TARGETS_HASH = [...PERSISTED].find(([, text]) => /query NationalTargets\b/.test(text))![0];
const REGISTERED_APQ =
  'query Registered($n: Int) { provinces(first: $n) { nodes { decisions(first: $n) { nodes { targets(first: $n) { nodes { id } } } } } } }';
const FORTY_ALIASES = aliases(40, NATIONAL_LIST);

const invalidUtf8 = (before: string, bytes: number[], after: string) => Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);

// ---------------------------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------------------------

// Cases run in this order: a persisted-query registration comes before the replay of its hash.
const CASES: Case[] = [
  // Depth: the nested decisions → province chain of the issue, then the same through fragments.
  {
    name: 'depth: decisions → province chain at 2 levels (depth 7) is answered',
    request: gql(decisionChain(2)),
    expect: { ...ok, check: (r) => expect(r.json!.data.province.decisions.nodes.length).toBeGreaterThan(0) },
  },
  { name: 'depth bomb: chain at 3 levels', request: gql(decisionChain(3)), expect: refused('DEPTH_LIMIT_EXCEEDED', 400, depthBody(10)) },
  { name: 'depth bomb: chain at 4 levels', request: gql(decisionChain(4)), expect: refused('DEPTH_LIMIT_EXCEEDED', 400, depthBody(13)) },
  { name: 'depth bomb: chain at 5 levels', request: gql(decisionChain(5)), expect: refused('DEPTH_LIMIT_EXCEEDED', 400, depthBody(16)) },
  { name: 'depth bomb: chain at 6 levels', request: gql(decisionChain(6)), expect: refused('DEPTH_LIMIT_EXCEEDED', 400, depthBody(19)) },
  {
    name: 'depth bomb: chain at 6 levels with first: 100 everywhere',
    request: gql(decisionChain(6, '(first: 100)')),
    expect: refused('DEPTH_LIMIT_EXCEEDED', 400, depthBody(19)),
  },
  {
    name: 'depth bomb: chain at 4 levels through named fragments',
    request: gql(
      'fragment D on Province { decisions { nodes { province { decisions { nodes { province { ...E } } } } } } } ' +
        'fragment E on Province { decisions { nodes { province { decisions { nodes { id } } } } } } { province(code: "04") { ...D } }',
    ),
    expect: refused('DEPTH_LIMIT_EXCEEDED'),
  },
  {
    name: 'depth bomb: chain at 4 levels through inline fragments',
    request: gql(inlineChain(4)),
    expect: refused('DEPTH_LIMIT_EXCEEDED'),
  },
  {
    name: 'fragment fan-out: 2^20 expansions of a fragment on Query',
    request: gql(fragmentFanout(20, 2)),
    expect: refused('DEPTH_LIMIT_EXCEEDED'),
  },
  {
    name: 'fragment fan-out: 3 levels of 60 spreads (216,000 expansions)',
    request: gql(fragmentFanout(3, 60)),
    expect: refused('DEPTH_LIMIT_EXCEEDED'),
  },
  {
    name: 'introspection bomb: fields { type { fields … } } nested 6 times',
    request: gql(`{ __schema { types { ${nested(6, 'fields { type { ', '} } ', 'name')} } } }`),
    expect: refused('GRAPHQL_VALIDATION_FAILED'),
  },

  // Fan-out: page sizes multiplied (GitHub's node budget).
  {
    name: 'fan-out bomb: three nested first: 100 connections',
    request: gql(`{ ${FANOUT} }`),
    expect: refused('NODE_LIMIT_EXCEEDED', 400, { extensions: { limit: 75_000, found: 1_010_100 } }),
  },
  {
    name: 'fan-out bomb: three nested connections, first: 100 through a variable',
    request: gql(FANOUT_VARS, { n: 100 }),
    expect: refused('NODE_LIMIT_EXCEEDED', 400, { extensions: { limit: 75_000, found: 1_010_100 } }),
  },
  {
    name: 'huge first through a variable: 1,000,000',
    request: gql(FIRST_VAR, { n: 1_000_000 }),
    expect: refused('BAD_USER_INPUT', 400, { message: 'first must be between 1 and 100, got 1000000.' }),
  },
  { name: 'huge first through a variable: 2^31 - 1', request: gql(FIRST_VAR, { n: 2 ** 31 - 1 }), expect: refused('BAD_USER_INPUT') },
  { name: 'huge first through a variable: 2^53', request: gql(FIRST_VAR, { n: 2 ** 53 }), expect: refused('BAD_USER_INPUT') },
  {
    name: 'huge first through a variable: 1e309 (Infinity once parsed)',
    request: { body: `{"query":${JSON.stringify(FIRST_VAR)},"variables":{"n":1e309}}` },
    expect: refused('BAD_USER_INPUT'),
  },
  { name: 'first through a variable as a string "100"', request: gql(FIRST_VAR, { n: '100' }), expect: refused('BAD_USER_INPUT') },
  { name: 'first through a variable as 1.5', request: gql(FIRST_VAR, { n: 1.5 }), expect: refused('BAD_USER_INPUT') },
  {
    name: 'first: 2^53 in the query text',
    request: gql('{ provinces(first: 9007199254740992) { totalCount } }'),
    expect: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  { name: 'first: 1e309 in the query text', request: gql('{ provinces(first: 1e309) { totalCount } }'), expect: refused('GRAPHQL_VALIDATION_FAILED') },
  { name: 'first: 2^31 - 1 in the query text', request: gql('{ provinces(first: 2147483647) { totalCount } }'), expect: refused('BAD_USER_INPUT') },
  {
    name: 'first: -2^31 in the query text',
    request: gql('{ provinces(first: -2147483648) { totalCount } }'),
    expect: refused('BAD_USER_INPUT'),
  },
  {
    name: 'last: 1,000,000 through a variable on a nested connection',
    request: gql('query($n: Int) { province(code: "04") { decisions(last: $n) { totalCount } } }', { n: 1_000_000 }),
    expect: refused('BAD_USER_INPUT'),
  },
  {
    name: 'budget bypass: a negative first beside a 1,010,100-node query (at the root)',
    request: gql(`{ ${FANOUT} a: provinces(first: -2147483648) { totalCount } }`),
    expect: { status: 400, code: ['NODE_LIMIT_EXCEEDED', 'BAD_USER_INPUT'], sql: 0, settleMs: 300 },
  },
  {
    name: 'budget bypass: a negative first through a variable beside a 1,010,100-node query',
    request: gql(`query($n: Int) { a: provinces(first: $n) { totalCount } ${FANOUT} }`, { n: -2147483648 }),
    expect: { status: 400, code: ['NODE_LIMIT_EXCEEDED', 'BAD_USER_INPUT'], sql: 0, settleMs: 300 },
  },
  {
    name: 'budget: first: 0 beside a 1,010,100-node query',
    request: gql(`{ ${FANOUT} a: provinces(first: 0) { totalCount } }`),
    expect: refused('BAD_USER_INPUT'),
  },
  {
    name: 'nodes(ids:) with 1,000 ids',
    request: gql(NODES_VAR, { ids: Array.from({ length: 1000 }, (_, i) => toGlobalId('Province', `p${i}`)) }),
    expect: refused('BAD_USER_INPUT', 400, { message: 'nodes accepts at most 100 ids, got 1000.' }),
  },
  {
    name: 'nodes(ids:) with 100 ids, each with nested first: 100 connections',
    request: gql('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Province { decisions(first: 100) { nodes { targets(first: 100) { nodes { id } } } } } } }', {
      ids: Array.from({ length: 100 }, () => toGlobalId('Province', '04')),
    }),
    expect: refused('NODE_LIMIT_EXCEEDED'),
  },
  {
    name: 'nodes(ids:) with 2,000 ids written in the query',
    request: gql(`{ nodes(ids: [${Array.from({ length: 2000 }, () => '"x"').join(',')}]) { id } }`),
    expect: refused('TOKEN_LIMIT_EXCEEDED'),
  },

  // Aliases.
  {
    name: 'alias bomb: 1,000 aliases of the national targets list',
    request: gql(aliases(1000, NATIONAL_LIST)),
    expect: refused('DOCUMENT_TOO_LARGE'),
  },
  {
    name: 'alias bomb: 40 aliases of the national targets list (under the token limit)',
    request: gql(FORTY_ALIASES),
    expect: refused('ALIAS_LIMIT_EXCEEDED', 400, { extensions: { limit: 15, found: 40 } }),
  },
  {
    name: 'alias bomb: 16 aliases of province(code: "04")',
    request: gql(aliases(16, 'province(code: "04") { name }')),
    expect: refused('ALIAS_LIMIT_EXCEEDED'),
  },
  {
    name: 'alias bomb: 40 aliases sent as an automatic persisted query registration',
    request: gql(FORTY_ALIASES, undefined, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(FORTY_ALIASES) } } }),
    expect: refused('ALIAS_LIMIT_EXCEEDED'),
  },
  {
    name: 'alias bomb: the refused registration did not register its hash',
    request: { json: { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(FORTY_ALIASES) } } } },
    expect: { status: 200, code: 'PERSISTED_QUERY_NOT_FOUND', sql: 0 },
  },
  {
    name: 'persisted query: registering a small query (first: 1) is answered',
    request: gql(REGISTERED_APQ, { n: 1 }, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(REGISTERED_APQ) } } }),
    expect: ok,
  },
  {
    name: 'persisted query: the registered hash replayed with first: 100 is held to the node budget',
    request: { json: { variables: { n: 100 }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(REGISTERED_APQ) } } } },
    expect: refused('NODE_LIMIT_EXCEEDED'),
  },
  {
    name: "persisted query: the SDK's NationalTargets by hash with first: 1,000,000",
    request: { json: { variables: { first: 1_000_000 }, extensions: { persistedQuery: { version: 1, sha256Hash: NATIONAL_TARGETS_HASH } } } },
    expect: refused('BAD_USER_INPUT'),
  },
  {
    name: 'persisted query: hash mismatch',
    request: gql('{ __typename }', undefined, { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    expect: refused('BAD_REQUEST', 400, { message: 'provided sha does not match query' }),
  },
  {
    name: 'persisted query: unknown hash',
    request: { json: { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } } },
    expect: { status: 200, code: 'PERSISTED_QUERY_NOT_FOUND', sql: 0 },
  },
  {
    name: 'persisted query: a hash of 10,000 characters',
    request: { json: { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(10_000) } } } },
    expect: { status: 200, code: 'PERSISTED_QUERY_NOT_FOUND', sql: 0 },
  },

  // Field duplication.
  {
    name: 'field duplication: name 2,000 times without aliases',
    request: gql(`{ provinces(first: 100) { nodes { ${'name '.repeat(2000)}} } }`),
    expect: refused('TOKEN_LIMIT_EXCEEDED'),
  },
  { name: 'field duplication: __typename 2,000 times at the root', request: gql(`{ ${'__typename '.repeat(2000)}}`), expect: refused('DOCUMENT_TOO_LARGE') },
  { name: 'field duplication: __typename 1,400 times at the root', request: gql(`{ ${'__typename '.repeat(1400)}}`), expect: refused('TOKEN_LIMIT_EXCEEDED') },
  {
    name: 'field duplication: value 700 times inside provinces × targets (under every limit) is answered',
    request: gql(`{ provinces(first: 100) { nodes { targets(first: 100) { nodes { ${'value '.repeat(700)}} } } } }`),
    expect: ok,
  },
  {
    name: "field duplication: value 900 times exhausts graphql-js's field-overlap work budget",
    request: gql(`{ provinces(first: 100) { nodes { targets(first: 100) { nodes { ${'value '.repeat(900)}} } } } }`),
    expect: refused('GRAPHQL_VALIDATION_FAILED', 400, {
      message: 'Validation aborted: the document repeats fields too many times to check. Ask for each field once.',
    }),
  },
  {
    name: 'field duplication: the same field with different arguments',
    request: gql('{ provinces(first: 1) { totalCount } provinces(first: 2) { totalCount } }'),
    expect: refused('GRAPHQL_VALIDATION_FAILED'),
  },

  // Batching.
  {
    name: 'batched array of 2 operations',
    request: { json: [{ query: '{ __typename }' }, { query: '{ __typename }' }] },
    expect: refused('BAD_REQUEST', 400, { message: 'Operation batching disabled.' }),
  },
  {
    name: 'batched array of 1,000 fan-out bombs',
    request: { json: Array.from({ length: 1000 }, () => ({ query: '{ provinces(first:100) { totalCount } }' })) },
    expect: refused('BAD_REQUEST', 400, { message: 'Operation batching disabled.' }),
  },
  { name: 'batched array with one operation', request: { json: [{ query: '{ __typename }' }] }, expect: refused('BAD_REQUEST') },
  { name: 'empty batched array', request: { body: '[]' }, expect: refused('BAD_REQUEST') },

  // Circular and broken fragments.
  {
    name: 'circular fragments A → B → A',
    request: gql('fragment A on Province { name ...B } fragment B on Province { code ...A } { province(code: "04") { ...A } }'),
    expect: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  { name: 'fragment that spreads itself', request: gql('fragment A on Query { __typename ...A } { ...A }'), expect: refused('GRAPHQL_VALIDATION_FAILED') },
  {
    name: 'circular fragments A → B → C → A through connections',
    request: gql(
      'fragment A on Province { decisions { nodes { province { ...B } } } } fragment B on Province { targets { nodes { decision { province { ...C } } } } } ' +
        'fragment C on Province { ...A } { province(code: "04") { ...A } }',
    ),
    expect: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  { name: 'spread of an unknown fragment', request: gql('{ ...Nope }'), expect: refused('GRAPHQL_VALIDATION_FAILED') },

  // Directives.
  {
    name: 'directive flood: @include(if:true) × 1,000',
    request: gql(`{ __typename ${'@include(if:true)'.repeat(1000)}}`),
    expect: refused('DOCUMENT_TOO_LARGE'),
  },
  {
    name: 'directive flood: @include(if:true) × 900',
    request: gql(`{ __typename ${'@include(if:true)'.repeat(900)}}`),
    expect: refused('TOKEN_LIMIT_EXCEEDED'),
  },
  {
    name: 'directive flood: @include(if: true) × 51',
    request: gql(`{ __typename ${'@include(if: true) '.repeat(51)}}`),
    expect: refused('DIRECTIVE_LIMIT_EXCEEDED', 400, { extensions: { limit: 50, found: 51 } }),
  },
  {
    name: 'directive flood: @skip(if: false) × 60 spread over fields',
    request: gql(`{ provinces(first: 1) { nodes { ${'name @skip(if: false) '.repeat(60)}} } }`),
    expect: refused('DIRECTIVE_LIMIT_EXCEEDED'),
  },
  { name: 'unknown directive', request: gql('{ __typename @drop(table: "province") }'), expect: refused('GRAPHQL_VALIDATION_FAILED') },
  {
    name: '@include with a string variable',
    request: gql('query($v: Boolean!) { __typename @include(if: $v) }', { v: 'yes' }),
    expect: refused('BAD_USER_INPUT'),
  },

  // Tokens and document size.
  {
    name: 'token flood: 2,000 field names',
    request: gql(`{ ${Array.from({ length: 2000 }, (_, i) => `f${i}`).join(' ')} }`),
    expect: refused('TOKEN_LIMIT_EXCEEDED'),
  },
  { name: 'token flood: selections nested 2,000 deep', request: gql(nested(2000, '{ a ', '} ', '')), expect: refused('TOKEN_LIMIT_EXCEEDED') },
  {
    name: 'token flood: 300 variable definitions',
    request: gql(`query(${Array.from({ length: 300 }, (_, i) => `$v${i}: Int`).join(' ')}) { __typename }`),
    expect: refused('TOKEN_LIMIT_EXCEEDED'),
  },
  { name: 'commas are not tokens: 15,000 of them are harmless', request: gql(`{ __typename ${','.repeat(15_000)} }`), expect: ok },
  { name: 'a 15 KB comment is harmless', request: gql(`# ${'x'.repeat(15_000)}\n{ __typename }`), expect: ok },
  { name: 'query text of 16,385 bytes', request: gql(`{ __typename }${' '.repeat(16_385 - 14)}`), expect: refused('DOCUMENT_TOO_LARGE') },
  {
    name: 'a 15 KB string literal in the query text',
    request: gql(`{ province(code: "${'4'.repeat(15_000)}") { name } }`),
    expect: { ...ok, body: { data: { province: null } } },
  },

  // Big strings.
  {
    name: '1 MB string in variables',
    request: gql(SEARCH_VAR, { q: 'x'.repeat(1 << 20) }),
    expect: refused('PAYLOAD_TOO_LARGE', 413),
  },
  {
    name: '60 KB string as the search query',
    request: gql(SEARCH_VAR, { q: 'cao '.repeat(15_000) }),
    expect: { status: 200, code: 'BAD_USER_INPUT', sql: 0 },
  },
  { name: '60 KB string as a province code', request: gql(CODE_VAR, { c: '0'.repeat(60_000) }), expect: { ...ok, body: { data: { province: null } } } },
  {
    name: '60 KB operationName',
    request: gql('query A { __typename }', undefined, { operationName: 'B'.repeat(60_000) }),
    expect: refused('OPERATION_RESOLUTION_FAILURE'),
  },
  {
    name: 'GET with a 20 KB URL',
    request: { params: { query: `{ province(code: "${'4'.repeat(20_000)}") { name } }` }, headers: { 'apollo-require-preflight': '1' } },
    expect: { status: 431, noJson: true },
  },
  {
    name: 'a 20 KB header',
    request: { json: { query: '{ __typename }' }, headers: { cookie: 'x'.repeat(20_000) } },
    expect: { status: 431, noJson: true },
  },

  // Oversized bodies: always 413 with an answer, never a reset.
  {
    name: 'oversized body: 10 MB with its Content-Length declared',
    request: { transport: 'http', declaredLength: 160 * 65_536, body: Array.from({ length: 160 }, () => Buffer.alloc(65_536, 0x20)) },
    expect: refused('PAYLOAD_TOO_LARGE', 413),
  },
  {
    name: 'oversized body: 10 MB chunked, no length declared',
    request: { transport: 'http', headers: { 'transfer-encoding': 'chunked' }, body: Array.from({ length: 160 }, () => Buffer.alloc(65_536, 0x20)) },
    expect: refused('PAYLOAD_TOO_LARGE', 413),
  },
  {
    name: 'oversized body: 10 MB declared, nothing sent',
    request: { transport: 'http', declaredLength: 10 << 20, hold: true, body: [] },
    expect: refused('PAYLOAD_TOO_LARGE', 413),
  },
  {
    name: 'oversized body: one byte over 65,536',
    request: { body: `{"query":"{ __typename }"}${' '.repeat(65_537 - 26)}` },
    expect: refused('PAYLOAD_TOO_LARGE', 413),
  },
  { name: 'body of exactly 65,536 bytes is answered', request: { body: `{"query":"{ __typename }"}${' '.repeat(65_536 - 26)}` }, expect: ok },
  {
    name: 'a Content-Length shorter than the body',
    request: {
      raw: `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAccept: ${ACCEPT}\r\nContent-Length: 10\r\n\r\n{"query":"{ __typename }"}`,
    },
    // The bytes after the declared length are a second request that does not parse: Node answers 400 and closes.
    expect: { status: 400, noJson: true },
  },
  {
    name: 'a Content-Length that is not a number',
    request: { raw: 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}' },
    expect: { status: 400, noJson: true },
  },
  {
    name: 'Content-Length and Transfer-Encoding together (request smuggling)',
    request: { raw: 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n' },
    expect: { status: 400, noJson: true },
  },
  {
    name: 'a chunked body with a bad chunk size',
    request: { raw: 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n' },
    expect: { status: 400, noJson: true },
  },

  // Malformed JSON and JSON that is not an operation.
  { name: 'malformed JSON: cut short', request: { body: '{"query": ' }, expect: refused('BAD_REQUEST') },
  { name: 'malformed JSON: trailing garbage', request: { body: '{"query":"{ __typename }"} DROP' }, expect: refused('BAD_REQUEST') },
  { name: 'malformed JSON: single quotes', request: { body: "{'query':'{ __typename }'}" }, expect: refused('BAD_REQUEST') },
  { name: 'malformed JSON: NaN', request: { body: '{"query":"{ __typename }","variables":{"n":NaN}}' }, expect: refused('BAD_REQUEST') },
  { name: 'malformed JSON: a byte-order mark first', request: { body: '\uFEFF{"query":"{ __typename }"}' }, expect: refused('BAD_REQUEST') },
  { name: 'malformed JSON: a UTF-16 body', request: { body: Buffer.from('{"query":"{ __typename }"}', 'utf16le') }, expect: refused('BAD_REQUEST') },
  { name: 'JSON that is a number', request: { body: '42' }, expect: refused('BAD_REQUEST') },
  { name: 'JSON that is a string', request: { body: '"{ __typename }"' }, expect: refused('BAD_REQUEST') },
  { name: 'JSON that is null', request: { body: 'null' }, expect: refused('BAD_REQUEST') },
  { name: 'JSON that is true', request: { body: 'true' }, expect: refused('BAD_REQUEST') },
  { name: 'empty body', request: { body: '' }, expect: refused('BAD_REQUEST') },
  { name: 'JSON nested 30,000 deep as the body', request: { body: nested(30_000, '[', ']', '') }, expect: refused('BAD_REQUEST') },
  {
    name: 'JSON nested 30,000 deep in variables',
    request: { body: `{"query":${JSON.stringify(NODES_VAR)},"variables":{"ids":${nested(30_000, '[', ']', '')}}}` },
    expect: refused('BAD_USER_INPUT'),
  },
  {
    name: 'objects nested 10,000 deep in a filter variable',
    request: { body: `{"query":"query($f: ProvinceFilter) { provinces(filter: $f) { totalCount } }","variables":{"f":${nested(10_000, '{"a":', '}', '1')}}}` },
    expect: refused('BAD_USER_INPUT'),
  },
  {
    name: '__proto__ and constructor in variables pollute nothing',
    request: { body: `{"query":${JSON.stringify(CODE_VAR)},"variables":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"c":"04"}}` },
    expect: { ...ok, body: { data: { province: { name: 'Cao Bằng' } } }, check: () => expect(({} as Record<string, unknown>).polluted).toBeUndefined() },
  },

  // Missing or mistyped fields of the operation.
  { name: 'missing query: {}', request: { json: {} }, expect: refused('BAD_REQUEST') },
  { name: 'missing query: variables only', request: { json: { variables: { c: '04' } } }, expect: refused('BAD_REQUEST') },
  { name: 'missing query: empty string', request: { json: { query: '' } }, expect: refused('BAD_REQUEST') },
  { name: 'query that is a number', request: { json: { query: 42 } }, expect: refused('BAD_REQUEST') },
  { name: 'query that is an object', request: { json: { query: { kind: 'Document', definitions: [] } } }, expect: refused('BAD_REQUEST') },
  { name: 'variables that are a string', request: { json: { query: '{ __typename }', variables: '{"c":"04"}' } }, expect: refused('BAD_REQUEST') },
  { name: 'variables that are an array', request: { json: { query: '{ __typename }', variables: [1] } }, expect: refused('BAD_REQUEST') },
  { name: 'operationName that is a number', request: { json: { query: '{ __typename }', operationName: 5 } }, expect: refused('BAD_REQUEST') },
  { name: 'extensions that are a string', request: { json: { query: '{ __typename }', extensions: 'x' } }, expect: refused('BAD_REQUEST') },
  { name: 'a document that does not parse', request: gql('{ province(code: "04") { name }'), expect: refused('GRAPHQL_PARSE_FAILED') },
  { name: 'an unknown field', request: gql('{ users { password } }'), expect: refused('GRAPHQL_VALIDATION_FAILED') },

  // Content types and CSRF-style simple requests.
  {
    name: 'text/plain body (a simple request)',
    request: { body: '{"query":"{ __typename }"}', headers: { 'content-type': 'text/plain' } },
    expect: refused('BAD_REQUEST'),
  },
  {
    name: 'text/plain with JSON named in its parameters',
    request: { body: '{"query":"{ __typename }"}', headers: { 'content-type': 'text/plain; application/json' } },
    expect: refused('BAD_REQUEST'),
  },
  {
    name: 'form-urlencoded body',
    request: { body: 'query=%7B__typename%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    expect: refused('BAD_REQUEST'),
  },
  {
    name: 'multipart/form-data body',
    request: {
      body: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    },
    expect: refused('BAD_REQUEST'),
  },
  { name: 'no content type at all', request: { body: '{"query":"{ __typename }"}', headers: { 'content-type': '' } }, expect: refused('BAD_REQUEST') },
  {
    name: 'text/plain with the preflight header',
    request: { body: '{"query":"{ __typename }"}', headers: { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' } },
    expect: refused('BAD_REQUEST'),
  },
  {
    name: 'application/xml body',
    request: { body: '<query>{ __typename }</query>', headers: { 'content-type': 'application/xml' } },
    expect: refused('BAD_REQUEST'),
  },
  { name: 'application/graphql body', request: { body: '{ __typename }', headers: { 'content-type': 'application/graphql' } }, expect: refused('BAD_REQUEST') },
  {
    name: 'CSRF: GET without a preflight header',
    request: { params: { query: '{ province(code: "04") { name } }' }, headers: { 'content-type': '' } },
    expect: refused('BAD_REQUEST'),
  },
  {
    name: 'CSRF: GET with content-type text/plain',
    request: { params: { query: '{ province(code: "04") { name } }' }, headers: { 'content-type': 'text/plain' } },
    expect: refused('BAD_REQUEST'),
  },
  {
    name: 'GET with the preflight header is answered',
    request: { params: { query: '{ province(code: "04") { name } }' }, headers: { 'content-type': '', 'apollo-require-preflight': 'true' } },
    expect: { ...ok, body: { data: { province: { name: 'Cao Bằng' } } } },
  },
  {
    name: 'GET with a mutation',
    request: { params: { query: 'mutation { __typename }' }, headers: { 'content-type': '', 'apollo-require-preflight': 'true' } },
    expect: refused('BAD_REQUEST', 405),
  },
  {
    name: 'GET with a mutation and no preflight header',
    request: { params: { query: 'mutation { __typename }' }, headers: { 'content-type': '' } },
    expect: refused('BAD_REQUEST'),
  },
  {
    name: 'GET with variables that are not JSON',
    request: { params: { query: CODE_VAR, variables: '{"c":' }, headers: { 'content-type': '', 'apollo-require-preflight': 'true' } },
    expect: refused('BAD_REQUEST'),
  },
  {
    name: 'GET without a query',
    request: { params: { foo: 'bar' }, headers: { 'content-type': '', 'apollo-require-preflight': 'true' } },
    expect: refused('BAD_REQUEST'),
  },
  { name: 'PUT', request: { method: 'PUT', json: { query: '{ __typename }' } }, expect: refused('BAD_REQUEST', 405) },
  { name: 'DELETE', request: { method: 'DELETE', json: { query: '{ __typename }' } }, expect: refused('BAD_REQUEST', 405) },
  { name: 'PATCH', request: { method: 'PATCH', json: { query: '{ __typename }' } }, expect: refused('BAD_REQUEST', 405) },

  // Invalid UTF-8.
  {
    name: 'invalid UTF-8 inside a string argument',
    request: { transport: 'http', body: invalidUtf8('{"query":"{ province(code: \\"', [0xff, 0xfe], '\\") { name } }"}') },
    expect: { ...ok, body: { data: { province: null } } },
  },
  {
    name: 'invalid UTF-8 between tokens of the query',
    request: { transport: 'http', body: invalidUtf8('{"query":"{ ', [0xc3, 0x28], ' __typename }"}') },
    expect: refused('GRAPHQL_PARSE_FAILED'),
  },
  {
    name: 'invalid UTF-8 in a variable (overlong "/")',
    request: { transport: 'http', body: invalidUtf8(`{"query":${JSON.stringify(CODE_VAR)},"variables":{"c":"`, [0xc0, 0xaf], '"}}') },
    expect: { ...ok, body: { data: { province: null } } },
  },
  {
    name: 'invalid UTF-8 in a variable (UTF-8 encoded surrogate) through search',
    request: { transport: 'http', body: invalidUtf8(`{"query":${JSON.stringify(SEARCH_VAR)},"variables":{"q":"cao `, [0xed, 0xa0, 0x80], '"}}') },
    expect: ok,
  },
  {
    name: 'invalid UTF-8 in a JSON key',
    request: { transport: 'http', body: invalidUtf8('{"que', [0xff], 'ry":"{ __typename }"}') },
    expect: refused('BAD_REQUEST'),
  },
  { name: 'a lone surrogate escape through search', request: gql(SEARCH_VAR, { q: '\ud800cao' }), expect: ok },
  { name: 'a lone surrogate escape as a province code', request: gql(CODE_VAR, { c: '\udfff' }), expect: { ...ok, body: { data: { province: null } } } },

  // The issue's inline examples: NUL bytes and quotes written in the query text.
  {
    name: 'NUL byte in a literal: gate(slug: "\\u0000N")',
    request: gql('{ gate(slug: "\\u0000N") { name } }'),
    expect: { ...ok, body: { data: { gate: null } } },
  },
  {
    name: 'NUL byte in a literal: province(code: "0\\u00004")',
    request: gql('{ province(code: "0\\u00004") { name } }'),
    expect: { ...ok, body: { data: { province: null } } },
  },
  {
    name: 'quote and SQL in a literal: decision(number: "1486\' OR 1=1 --")',
    request: gql('{ decision(number: "1486\' OR 1=1 --") { number } }'),
    expect: { ...ok, body: { data: { decision: null } } },
  },
  {
    name: "SQL in a literal filter: targets(filter: { provinceCode: \"04' OR '1'='1\" })",
    request: gql("{ targets(filter: { provinceCode: \"04' OR '1'='1\" }) { totalCount } }"),
    expect: { ...ok, body: { data: { targets: { totalCount: 0 } } } },
  },
  {
    name: 'UNION in a literal: project(slug: "x\' UNION SELECT name FROM sqlite_master --")',
    request: gql('{ project(slug: "x\' UNION SELECT name FROM sqlite_master --") { name } }'),
    expect: { ...ok, body: { data: { project: null } } },
  },
  {
    name: 'FTS syntax in a literal: search(query: "NEAR(cao bang) * ^tra")',
    request: gql('{ search(query: "NEAR(cao bang) * ^tra") { totalCount } }'),
    expect: ok,
  },

  // Malformed global IDs.
  ...(
    [
      ['random base64', 'q83vEjRWeJqrze8SNFZ4'],
      ['a foreign type prefix', b64('User:42')],
      ['the Node interface as type', b64('Node:04')],
      ['__proto__ as type', b64('__proto__:x')],
      ['constructor as type', b64('constructor:x')],
      ['empty', ''],
      ['10 KB', 'A'.repeat(10_000)],
      ['a type without a key', b64('Province:')],
      ['standard base64 with padding', Buffer.from('Province:04').toString('base64')],
      ['a cursor', encodeCursor('Province', 1)],
      ['a NUL byte', '\u0000'],
    ] as const
  ).map(([label, id]): Case => ({
    name: `node(id:) with a malformed ID: ${label}`,
    request: gql(NODE_VAR, { id }),
    expect: { status: 200, code: 'BAD_USER_INPUT', sql: 0 },
  })),
  {
    name: 'node(id:) with a well-formed ID whose key is SQL',
    request: gql(NODE_VAR, { id: toGlobalId('Province', "' OR 1=1 --") }),
    expect: { ...ok, body: { data: { node: null } } },
  },
  {
    name: 'node(id:) with a well-formed ID whose key is a NUL byte',
    request: gql(NODE_VAR, { id: toGlobalId('Gate', '\u0000') }),
    expect: { ...ok, body: { data: { node: null } } },
  },
  { name: 'node(id:) with a number', request: gql(NODE_VAR, { id: 42 }), expect: { status: 200, code: 'BAD_USER_INPUT', sql: 0 } },

  // Malformed cursors.
  ...(
    [
      ['random base64', 'q83vEjRWeJqrze8SNFZ4'],
      ['of another connection', encodeCursor('Gate', 1)],
      ['empty', ''],
      ['10 KB', 'A'.repeat(10_000)],
      ['a negative position', b64('c1:Province:-1')],
      ['a fractional position', b64('c1:Province:1.5')],
      ['an infinite position', b64('c1:Province:1e400')],
      ['a position beyond 2^53', b64('c1:Province:99999999999999999999')],
      ['an unknown version', b64('c2:Province:1')],
      ['a global ID', toGlobalId('Province', '04')],
      ['a NUL byte', '\u0000'],
    ] as const
  ).map(([label, cursor]): Case => ({
    name: `provinces(after:) with a malformed cursor: ${label}`,
    request: gql(AFTER_VAR, { c: cursor }),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  })),

  // Operations.
  { name: 'unknown operationName', request: gql('query A { __typename }', undefined, { operationName: 'B' }), expect: refused('OPERATION_RESOLUTION_FAILURE') },
  {
    name: 'several operations without operationName',
    request: gql('query A { __typename } query B { __typename }'),
    expect: refused('OPERATION_RESOLUTION_FAILURE'),
  },
  {
    name: 'operationName with a NUL byte',
    request: gql('query A { __typename }', undefined, { operationName: 'A\u0000' }),
    expect: refused('OPERATION_RESOLUTION_FAILURE'),
  },
  { name: 'an operation name of 10,000 characters is answered', request: gql(`query ${'N'.repeat(10_000)} { __typename }`), expect: ok },
  { name: 'an operation name of 17,000 characters', request: gql(`query ${'N'.repeat(17_000)} { __typename }`), expect: refused('DOCUMENT_TOO_LARGE') },
  {
    name: 'mutation',
    request: gql('mutation { __typename }'),
    expect: refused('READ_ONLY', 400, { message: 'Plan Graph is a read-only API: it has no mutation operations. Send a query.' }),
  },
  { name: 'mutation of a field that does not exist', request: gql('mutation { deleteProvince(code: "04") { id } }'), expect: refused('READ_ONLY') },
  { name: 'subscription', request: gql('subscription { __typename }'), expect: refused('READ_ONLY') },
  {
    name: 'a mutation picked by operationName',
    request: gql('query Q { __typename } mutation M { __typename }', undefined, { operationName: 'M' }),
    expect: refused('READ_ONLY'),
  },
  {
    name: 'a mutation as an automatic persisted query',
    request: gql('mutation Drop { __typename }', undefined, {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('mutation Drop { __typename }') } },
    }),
    expect: refused('READ_ONLY'),
  },

  // Deeply nested list literals.
  { name: 'list literal nested 3,000 deep', request: gql(`{ nodes(ids: ${nested(3000, '[', ']', '"x"')}) { id } }`), expect: refused('TOKEN_LIMIT_EXCEEDED') },
  {
    name: 'list literal nested 400 deep',
    request: gql(`{ nodes(ids: ${nested(400, '[', ']', '"x"')}) { id } }`),
    expect: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  { name: 'list literal where a string goes', request: gql('{ province(code: [[["04"]]]) { name } }'), expect: refused('GRAPHQL_VALIDATION_FAILED') },
  {
    name: 'object literal nested 200 deep in a filter',
    request: gql(`{ provinces(filter: ${nested(200, '{ a: ', '} ', '1')}) { totalCount } }`),
    expect: refused('GRAPHQL_VALIDATION_FAILED'),
  },

  // Headers.
  {
    name: 'a hostile x-request-id is replaced, not echoed',
    request: { json: { query: '{ __typename }' }, headers: { 'x-request-id': '<script>alert(1)</script>' } },
    expect: { ...ok, check: (r) => expect(r.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/) },
  },
  {
    name: 'legacy accept application/json: a depth bomb is refused with its code',
    request: { json: { query: decisionChain(5) }, headers: { accept: 'application/json' } },
    // The GraphQL-over-HTTP spec asks 200 for application/json; Apollo's own answer is 400. Both are clean.
    expect: { status: [200, 400], code: 'DEPTH_LIMIT_EXCEEDED', sql: 0 },
  },
  {
    name: 'legacy accept application/json: a mutation is refused with READ_ONLY',
    request: { json: { query: 'mutation { __typename }' }, headers: { accept: 'application/json' } },
    expect: { status: [200, 400], code: 'READ_ONLY', sql: 0 },
  },
];

function depthBody(found: number) {
  return { extensions: { limit: DEFAULT_LIMITS.maxDepth, found } };
}

/** `levels` fragments on Query, each spreading the one below `width` times. */
function fragmentFanout(levels: number, width: number): string {
  let document = 'fragment F0 on Query { __typename }';
  for (let level = 1; level <= levels; level++) document += ` fragment F${level} on Query { ${`...F${level - 1} `.repeat(width)}}`;
  return `${document} { ...F${levels} }`;
}

// ---------------------------------------------------------------------------------------------
// Every string argument of the schema × SQL and FTS5 metacharacters
// ---------------------------------------------------------------------------------------------

const HOSTILE_STRINGS: Record<string, string> = {
  'a NUL byte first': '\u0000N',
  'a NUL byte inside': '04\u0000',
  'a single quote': "'",
  "' OR 1=1 --": "' OR 1=1 --",
  '"; DROP TABLE province; --': '"; DROP TABLE province; --',
  'a UNION': "x' UNION SELECT name FROM sqlite_master --",
  'a double quote': '"',
  'an unbalanced FTS phrase': '"cao',
  '*': '*',
  'a prefix *': 'cao*',
  'NEAR(': 'NEAR(',
  'NEAR(a b, 2)': 'NEAR(cao bang, 2)',
  '^': '^',
  ':': ':',
  'a column filter': 'name:cao',
  '-': '-',
  OR: 'OR',
  AND: 'AND',
  NOT: 'cao NOT bang',
  parentheses: '(cao) OR (bang',
  'LIKE wildcards': '%_%',
  'a backslash': '\\',
};

/** How each parent type is reached from the root, to test the arguments of its fields. */
const REACH: Record<string, string> = {
  Query: '',
  Province: 'province(code: "04")',
  PlanDecision: 'decision(number: "1486/QĐ-TTg")',
  Indicator: 'indicator(code: "GRDP_GROWTH")',
  EconomicZone: 'economicZone(slug: "cao-bang-border-gate-economic-zone")',
};

/** Required arguments other than the one under test. */
const REQUIRED: Record<string, string> = { 'Query.search.query': 'query: "cao"' };

/** Arguments matched exactly against a key: a hostile value matches nothing. */
const EXACT = /^(code|slug|number|key|provinceCode|indicatorCode|economicZoneSlug|gateSlug|decisionNumber)$/;

interface StringArgument {
  parent: string;
  field: string;
  /** `filter.nameContains` for an input field. */
  path: string;
  type: 'String' | 'ID';
  list: boolean;
  connection: boolean;
  /** The field returns a plain list (an aggregate such as observationsByYear): empty for an unknown key. */
  returnsList: boolean;
  otherArgs: GraphQLArgument[];
}

function stringArguments(): StringArgument[] {
  const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
  const found: StringArgument[] = [];
  const isString = (type: GraphQLInputType) => ['String', 'ID'].includes(getNamedType(type).name);
  const isList = (type: GraphQLInputType) => isListType(isNonNullType(type) ? type.ofType : type);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const connection = getNamedType(field.type).name.endsWith('Connection');
      const returnsList = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
      for (const arg of field.args) {
        const base = { parent: type.name, field: field.name, connection, returnsList, otherArgs: field.args.filter((other) => other !== arg) };
        const named = getNamedType(arg.type);
        if (isString(arg.type)) found.push({ ...base, path: arg.name, type: named.name as 'String' | 'ID', list: isList(arg.type) });
        if (isInputObjectType(named)) {
          for (const input of Object.values(named.getFields())) {
            if (isString(input.type))
              found.push({ ...base, path: `${arg.name}.${input.name}`, type: getNamedType(input.type).name as 'String' | 'ID', list: isList(input.type) });
          }
        }
      }
    }
  }
  return found;
}

function probeOf(arg: StringArgument): { query: string; expected: Expected } {
  const [argName, inputName] = arg.path.split('.') as [string, string | undefined];
  const value = arg.list ? '[$v]' : '$v';
  const binding = inputName ? `${argName}: { ${inputName}: ${value} }` : `${argName}: ${value}`;
  const others = arg.otherArgs
    .filter((other) => isNonNullType(other.type) && other.defaultValue === undefined)
    .map((other) => REQUIRED[`${arg.parent}.${arg.field}.${other.name}`] ?? `"no value for ${other.name}"`);
  const selection = arg.connection ? '{ totalCount }' : '{ __typename }';
  const field = `probe: ${arg.field}(${[binding, ...others].join(', ')}) ${selection}`;
  const reach = REACH[arg.parent];
  const query = `query Probe($v: ${arg.type}!) { ${reach ? `parent: ${reach} { ${field} }` : field} }`;
  const probed = (r: Reply) => (reach ? r.json!.data?.parent?.probe : r.json!.data?.probe);
  const refusedHere = (r: Reply) => r.json!.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT';
  const leaf = inputName ?? argName;
  // Cursors and global IDs have a shape: anything else is refused, never looked up.
  if (/^(after|before|id|ids)$/.test(leaf)) return { query, expected: { status: 200, code: 'BAD_USER_INPUT' } };
  // Keys match exactly: null for a lookup, an empty page for a filter (or a clean refusal).
  if (EXACT.test(leaf)) {
    return {
      query,
      expected: {
        status: 200,
        code: [null, 'BAD_USER_INPUT'],
        check: (r) => refusedHere(r) || expect(probed(r)).toEqual(arg.connection ? { totalCount: 0 } : arg.returnsList ? [] : null),
      },
    };
  }
  // Free text (nameContains, search): read as words; any page, or a clean refusal.
  return {
    query,
    expected: {
      status: 200,
      code: [null, 'BAD_USER_INPUT'],
      check: (r) => refusedHere(r) || expect(probed(r)?.totalCount).toBeTypeOf('number'),
    },
  };
}

const ARGUMENTS = stringArguments();
const ARGUMENT_CASES: Case[] = ARGUMENTS.flatMap((arg) => {
  const { query, expected } = probeOf(arg);
  return Object.entries(HOSTILE_STRINGS).map(([label, v]) => ({
    name: `${arg.parent}.${arg.field}(${arg.path}) with ${label}`,
    request: gql(query, { v }),
    expect: expected,
  }));
});

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

let api: TestServer;
/** Every SQL statement the server sends to SQLite, counted at the driver (not by the request's own tally). */
let statements = 0;

beforeAll(async () => {
  api = await startTestServer();
  (api.orm.em as EntityManager).getKnex().on('query', () => (statements += 1));
});
afterAll(() => api.stop());

async function run({ request, expect: wanted }: Case, base = api.url): Promise<void> {
  const before = statements;
  const reply = await send(base, request);
  if (wanted.settleMs) await sleep(wanted.settleMs);
  const issued = statements - before;
  // One line with everything observed, so that a failure reads as the answer the server gave.
  const seen = `got ${reply.status} in ${Math.round(reply.ms)} ms, ${issued} SQL statement(s): ${reply.text.slice(0, 400)}`;
  expect.soft(issued, seen).toBe(wanted.sql ?? (reply.status >= 400 ? 0 : issued));
  assertClean(reply, request, wanted, seen);
  // Bombs are refused at once; the bound is generous because CI machines are slow, not because 1 s is fine.
  if (!wanted.slow) expect(reply.ms, seen).toBeLessThan(1000);
  wanted.check?.(reply);
}

describe('hostile requests', () => {
  it('has at least 60 hand-written cases with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((hostile) => [hostile.name, hostile] as const))('%s', (_name, hostile) => run(hostile));
});

describe('SQL and FTS5 metacharacters through every string argument of the schema', () => {
  it('reaches every parent type that has string arguments', () => {
    expect(ARGUMENTS.length).toBeGreaterThan(60);
    expect([...new Set(ARGUMENTS.map((arg) => arg.parent))].filter((parent) => !(parent in REACH))).toEqual([]);
    expect(ARGUMENTS.filter((arg) => arg.otherArgs.some((o) => isNonNullType(o.type) && !REQUIRED[`${arg.parent}.${arg.field}.${o.name}`]))).toEqual([]);
  });

  it.each(ARGUMENT_CASES.map((hostile) => [hostile.name, hostile] as const))('%s', (_name, hostile) => run(hostile));
});

describe('a client that floods the API', () => {
  let throttled: TestServer;
  beforeAll(async () => {
    throttled = await startTestServer(undefined, { throttle: { loopback: true, points: 30, windowSeconds: 60 } });
  });
  afterAll(() => throttled.stop());

  it('is refused with 429, Retry-After and RATE_LIMITED once its points are spent, before any SQL', async () => {
    // Each request costs 1 + 1,100/100 = 12 points: the third one is over 30.
    const costly = gql('{ provinces(first: 100) { nodes { targets(first: 10) { totalCount } } } }');
    const replies: Reply[] = [];
    for (let i = 0; i < 5; i++) replies.push(await send(throttled.url, costly));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 429, 429, 429]);
    for (const reply of replies.slice(2)) {
      assertClean(reply, costly, refused('RATE_LIMITED', 429));
      expect(Number(reply.headers['retry-after'])).toBeGreaterThan(0);
    }
  });
});

describe('slow and stalled clients', () => {
  let slow: PlanGraphServer;
  let url: string;
  beforeAll(async () => {
    const orm = await createTestOrm();
    await importDataset(orm, await readFixtures(FIXTURES_DIR));
    slow = await createServer({
      orm,
      logger: pino({ level: 'silent' }),
      exposeQueryStats: true,
      httpLimits: { ...DEFAULT_HTTP_LIMITS, headersTimeoutMs: 500, requestTimeoutMs: 1000 },
    });
    url = await slow.listen(0, '127.0.0.1');
  });
  afterAll(() => slow.stop());

  const SLOW_CASES: Case[] = [
    {
      name: 'half-sent headers, then silence: 408 after the headers timeout',
      request: { transport: 'socket', raw: 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: appl' },
      expect: { status: 408, noJson: true, slow: true, check: (r) => expect(r.ms).toBeLessThan(5000) },
    },
    {
      name: 'a body that stops half-way: 408 after the request timeout',
      request: { transport: 'http', declaredLength: 100, hold: true, body: ['{"query":'] },
      expect: { status: 408, noJson: true, slow: true, check: (r) => expect(r.ms).toBeLessThan(5000) },
    },
    {
      name: 'a body sent in 5 pieces 100 ms apart is answered',
      request: { transport: 'http', pauseMs: 100, body: ['{"query":', '"{ province(code: ', '\\"04\\") ', '{ name } }"', '}'] },
      expect: { ...ok, slow: true, body: { data: { province: { name: 'Cao Bằng' } } } },
    },
  ];

  it.each(SLOW_CASES.map((hostile) => [hostile.name, hostile] as const))('%s', (_name, hostile) => run(hostile, url));
});

describe('after every hostile case', () => {
  it('the server still answers a normal query correctly', async () => {
    const reply = await send(api.url, gql('{ province(code: "04") { code name slug } }'));
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ data: { province: { code: '04', name: 'Cao Bằng', slug: 'cao-bang' } } });
    expect(reply.json!.errors).toBeUndefined();
    expect(api.server.httpServer.listening).toBe(true);
  });
});
