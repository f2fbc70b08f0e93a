import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixtures } from '../src/import/read-fixtures.js';
import { dataOf, doubled, FIXTURES_DIR, NO_LIMITS, startTestServer, type TestServer } from './helpers.js';

// Nested queries over everything: their SQL statement count must not depend on how much data there is.
const QUERIES: Record<string, string> = {
  'provinces → decisions → targets → indicator': `{
    provinces(first: 100) { totalCount nodes { code decisions(first: 100) { nodes { number targets(first: 100) { nodes { value indicator { code } citations { source { key } } } } } } } }
  }`,
  'provinces → projects → gates': `{
    provinces(first: 100) { nodes { code projects(first: 100) { totalCount nodes { slug gates { slug typeHistory { type citations { locator } } province { code } } } } } }
  }`,
  'gates → projects → breakthroughs → decision': `{
    gates(first: 100) { nodes { slug economicZone { slug observations(first: 100) { nodes { value } } } projects { slug breakthroughs { title decision { key province { code } } } decisions { key } } } }
  }`,
  'search → nodes of every type → their relations': `{
    search(query: "cao", first: 100) { totalCount nodes { score node { id ... on Project { provinces { code } gates { slug } } ... on Gate { province { code } } ... on Target { indicator { code } } } } }
  }`,
  'indicators → targets and observations → province': `{
    indicators(first: 100) { nodes { code targets(first: 100) { nodes { province { code } decision { key } } } observations(first: 100) { nodes { province { code } economicZone { slug } } } } }
  }`,
};

let real: TestServer;
let twice: TestServer;
beforeAll(async () => {
  const dataset = await readFixtures(FIXTURES_DIR);
  [real, twice] = await Promise.all([startTestServer(dataset, { limits: NO_LIMITS }), startTestServer(doubled(dataset), { limits: NO_LIMITS })]);
});
afterAll(() => Promise.all([real.stop(), twice.stop()]));

describe('SQL statements per request do not grow with the data', () => {
  it('serves twice the data on the doubled database', async () => {
    const count = async (api: TestServer) => dataOf(await api.gql('{ provinces { totalCount } targets { totalCount } projects { totalCount } }'));
    const [a, b] = await Promise.all([count(real), count(twice)]);
    expect(b.provinces.totalCount).toBe(2 * a.provinces.totalCount);
    expect(b.targets.totalCount).toBe(2 * a.targets.totalCount);
    expect(b.projects.totalCount).toBe(2 * a.projects.totalCount);
  });

  it.each(Object.entries(QUERIES))('%s', async (_name, query) => {
    const [a, b] = await Promise.all([real.gql(query), twice.gql(query)]);
    dataOf(a);
    dataOf(b);
    expect(JSON.stringify(b.data).length).toBeGreaterThan(JSON.stringify(a.data).length);
    const sql = a.extensions!.queryStats!.sql;
    expect(b.extensions!.queryStats!.sql).toBe(sql);
    // One statement per relation level at most, whatever the number of parents.
    expect(sql).toBeLessThanOrEqual(16);
  });
});

// Every canonical operation with its example variables (the "# Variables:" line of its file).
const OPERATIONS = readdirSync('schema/operations')
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => {
    const text = readFileSync(join('schema/operations', file), 'utf8');
    return { file, text, variables: JSON.parse(/^# Variables: (.*)$/m.exec(text)?.[1] ?? '{}') as Record<string, unknown> };
  });

describe('the naive variant (batching off) really is one query per parent', () => {
  it('issues more statements for more data, where the batched server does not', async () => {
    const dataset = await readFixtures(FIXTURES_DIR);
    const [naive, naiveTwice] = await Promise.all([
      startTestServer(dataset, { batching: false, limits: NO_LIMITS }),
      startTestServer(doubled(dataset), { batching: false, limits: NO_LIMITS }),
    ]);
    try {
      const query = QUERIES['provinces → decisions → targets → indicator']!;
      const [a, b] = await Promise.all([naive.gql(query), naiveTwice.gql(query)]);
      expect(b.data).toBeDefined();
      expect(b.extensions!.queryStats!.sql).toBeGreaterThan(a.extensions!.queryStats!.sql);
      expect(a.extensions!.queryStats!.sql).toBeGreaterThan((await real.gql(query)).extensions!.queryStats!.sql);
    } finally {
      await Promise.all([naive.stop(), naiveTwice.stop()]);
    }
  });
});

describe('canonical operations issue the same number of SQL statements on twice the data', () => {
  it.each(OPERATIONS)('$file', async ({ text, variables }) => {
    const [a, b] = await Promise.all([real.gql(text, variables), twice.gql(text, variables)]);
    const [dataA, dataB] = [dataOf(a), dataOf(b)];
    if ('search' in dataA) {
      // Search: one FTS query, then one query per kind of object on the page (at most 9), whatever the data size.
      const kinds = (data: typeof dataA) => new Set(data.search.nodes.map((n: { node: { __typename: string } }) => n.node.__typename)).size;
      expect(a.extensions!.queryStats!.sql).toBe(1 + kinds(dataA));
      expect(b.extensions!.queryStats!.sql).toBe(1 + kinds(dataB));
    } else {
      expect(b.extensions!.queryStats!.sql).toBe(a.extensions!.queryStats!.sql);
    }
  });
});
