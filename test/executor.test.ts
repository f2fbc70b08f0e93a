import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { jitGateway } from '../src/execution/executor.js';
import { RequestInfo } from '../src/http/request-info.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { createSchema } from '../src/schema.js';
import { FIXTURES_DIR, grown, startTestServer, type TestServer, CANONICAL_OPERATIONS as OPERATIONS } from './helpers.js';

// graphql-jit must answer exactly what graphql-js answers: the canonical operations on grown data,
// and the error paths, compared byte for byte between a server on each engine.

const ERRORS = [
  ['an unknown province code under a non-null field', '{ province(code: "99") { code targets { totalCount } } }'],
  ['a bad global ID', '{ node(id: "bm9wZTox") { id } }'],
  ['a page size out of range', '{ provinces(first: 0) { totalCount } }'],
  ['both code and slug', '{ province(code: "04", slug: "cao-bang") { code } }'],
  [
    'fragments on the Node interface',
    '{ nodes(ids: ["UHJvdmluY2U6Y2FvLWJhbmc", "R2F0ZTp0cmEtbGluaA"]) { __typename ... on Province { code } ... on Gate { slug } } }',
  ],
] as const;

let jit: TestServer;
let js: TestServer;
beforeAll(async () => {
  const dataset = grown(await readFixtures(FIXTURES_DIR));
  [jit, js] = await Promise.all([startTestServer(dataset, { server: { executor: 'jit' } }), startTestServer(dataset, { server: { executor: 'graphql-js' } })]);
});
afterAll(async () => Promise.all([jit?.stop(), js?.stop()]));

describe('graphql-jit and graphql-js give the same answers', () => {
  it.each(OPERATIONS)('$file', async ({ text, variables }) => {
    const [a, b] = await Promise.all([jit.gql(text, variables), js.gql(text, variables)]);
    expect((a as { errors?: unknown }).errors).toBeUndefined();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it.each(ERRORS)('%s', async (_, query) => {
    const [a, b] = await Promise.all([jit.gql(query), js.gql(query)]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('the jit executor', () => {
  it('falls back to graphql-js for an operation graphql-jit cannot compile', async () => {
    const schema = await createSchema();
    const { executor } = await jitGateway(schema).load({ apollo: { key: '', keyHash: '', graphRef: '', graphId: '', graphVariant: '' } } as never);
    // graphql-jit refuses a document whose operation is not named uniquely; graphql-js explains why.
    const document = parse('query A { __typename } query B { __typename }');
    const orm = jit.orm;
    const contextValue = createContext(orm, new RequestInfo('test', '127.0.0.1', true, 10_000));
    const result = await executor!({ document, operationName: undefined, request: { variables: {} }, context: contextValue } as never);
    expect(result).toEqual(execute({ schema, document, contextValue }));
    expect(result.errors?.[0]?.message).toMatch(/Must provide operation name/);
  });
});
