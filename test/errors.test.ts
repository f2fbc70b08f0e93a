import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../src/common/paging.js';
import { toGlobalId } from '../src/common/global-id.js';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

/** Sends a bad request and returns its single error, checking nothing internal leaks. */
async function errorOf(query: string, variables?: Record<string, unknown>) {
  const response = await api.gql(query, variables);
  expect(response.status).toBeLessThan(500);
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(JSON.stringify(error)).not.toMatch(/stacktrace|sqlite|select |at .*\.ts/i);
  return error!;
}

describe('bad page arguments', () => {
  it.each([
    ['first: 0', /first must be between 1 and 100, got 0/],
    ['first: 101', /first must be between 1 and 100, got 101/],
    ['first: -1', /first must be between 1 and 100, got -1/],
    ['last: 500', /last must be between 1 and 100, got 500/],
    ['first: 2, last: 2', /either first .* or last .*, not both/],
    ['after: "zzz"', /after "zzz" is not a valid cursor/],
  ])('provinces(%s) is BAD_USER_INPUT', async (args, message) => {
    const error = await errorOf(`{ provinces(${args}) { totalCount } }`);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
  });

  it('checks nested connections the same way, before any field runs', async () => {
    const error = await errorOf('{ province(code: "04") { targets(first: 500) { totalCount } } }');
    expect(error).toMatchObject({ message: 'first must be between 1 and 100, got 500.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a cursor of another connection', async () => {
    const error = await errorOf(`{ gates(after: "${encodeCursor('Province', 1)}") { totalCount } }`);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/cursor of a Province connection; this connection lists Gate items/);
  });

  it('refuses a global ID passed as a cursor', async () => {
    const error = await errorOf(`{ gates(before: "${toGlobalId('Gate', 'tra-linh')}") { totalCount } }`);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('bad IDs', () => {
  it.each([
    ['not base64 at all', '%%%'],
    ['base64 without a type', Buffer.from('tra-linh').toString('base64url')],
    ['a cursor, not an ID', encodeCursor('Gate', 1)],
  ])('node(id) with %s is BAD_USER_INPUT', async (_label, id) => {
    const error = await errorOf('query($id: ID!) { node(id: $id) { id } }', { id });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/not a Plan Graph ID|unknown type/);
  });

  it('names the unknown type of a foreign ID', async () => {
    const error = await errorOf('query($id: ID!) { node(id: $id) { id } }', { id: Buffer.from('User:42').toString('base64url') });
    expect(error.message).toMatch(/unknown type "User".*Province/);
  });

  it('limits nodes(ids) to 100', async () => {
    const ids = Array.from({ length: 101 }, () => toGlobalId('Gate', 'tra-linh'));
    const error = await errorOf('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'nodes accepts at most 100 ids, got 101.' });
  });
});

describe('other bad input', () => {
  it('rejects an unknown enum value in the query text with the standard validation code', async () => {
    const error = await errorOf('{ gates(filter: { type: HUGE }) { totalCount } }');
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/HUGE/);
  });

  it('rejects an unknown enum value in variables as BAD_USER_INPUT', async () => {
    const error = await errorOf('query($t: GateType) { gates(filter: { type: $t }) { totalCount } }', { t: 'HUGE' });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/HUGE/);
  });

  it('asks for exactly one of code or slug in province()', async () => {
    const error = await errorOf('{ province { code } }');
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'Pass exactly one of code ("04") or slug ("cao-bang").' });
  });

  it('answers a malformed JSON body with 400 and a GraphQL-shaped error', async () => {
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('answers unknown paths with 404 and serves /health', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('still answers good queries after bad ones', async () => {
    expect(dataOf(await api.gql('{ province(slug: "cao-bang") { code } }'))).toEqual({ province: { code: '04' } });
  });
});
