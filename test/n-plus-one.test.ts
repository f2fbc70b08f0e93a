import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixtures } from '../src/import/read-fixtures.js';
import {
  dataOf,
  FIXTURES_DIR,
  type GraphQLResponse,
  grown,
  NO_LIMITS,
  startTestServer,
  type TestServer,
  CANONICAL_OPERATIONS as OPERATIONS,
} from './helpers.js';

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
let naive: TestServer;
let naiveTwice: TestServer;
beforeAll(async () => {
  const dataset = await readFixtures(FIXTURES_DIR);
  [real, twice, naive, naiveTwice] = await Promise.all([
    startTestServer(dataset, { limits: NO_LIMITS }),
    startTestServer(grown(dataset), { limits: NO_LIMITS }),
    startTestServer(dataset, { batching: false, limits: NO_LIMITS }),
    startTestServer(grown(dataset), { batching: false, limits: NO_LIMITS }),
  ]);
});
afterAll(() => Promise.all([real.stop(), twice.stop(), naive.stop(), naiveTwice.stop()]));

const sqlOf = (response: GraphQLResponse) => {
  dataOf(response);
  return response.extensions!.queryStats!.sql;
};

describe('the grown database has more under the same parents', () => {
  it('doubles the children of the roots the canonical operations ask for', async () => {
    const query = `{
      province(code: "04") { targets(first: 100) { totalCount } decisions(first: 100) { totalCount } projects(first: 100) { totalCount } gates(first: 100) { totalCount } }
      decision(number: "1486/QD-TTg") { targets(first: 100) { totalCount } breakthroughs { key } citations { locator } }
      gate(slug: "tra-linh") { projects { slug } typeHistory { citations { locator } } citations { locator } }
      indicator(code: "GRDP_GROWTH") { targets(first: 100) { totalCount } }
      targets { totalCount } projects { totalCount }
    }`;
    const [a, b] = (await Promise.all([real.gql(query), twice.gql(query)])).map((r) => dataOf(r));
    const sizes = (d: Record<string, any>) => ({
      provinceTargets: d.province.targets.totalCount,
      provinceDecisions: d.province.decisions.totalCount,
      provinceProjects: d.province.projects.totalCount,
      provinceGates: d.province.gates.totalCount,
      decisionTargets: d.decision.targets.totalCount,
      decisionBreakthroughs: d.decision.breakthroughs.length,
      decisionCitations: d.decision.citations.length,
      gateProjects: d.gate.projects.length,
      gateTypeHistory: d.gate.typeHistory.length,
      gateTypeHistoryCitations: d.gate.typeHistory.flatMap((t: { citations: unknown[] }) => t.citations).length,
      gateCitations: d.gate.citations.length,
      indicatorTargets: d.indicator.targets.totalCount,
      targets: d.targets.totalCount,
      projects: d.projects.totalCount,
    });
    const before = sizes(a!);
    for (const [name, size] of Object.entries(before)) expect(size, name).toBeGreaterThan(0);
    expect(sizes(b!)).toEqual(Object.fromEntries(Object.entries(before).map(([name, size]) => [name, 2 * size])));
  });
});

// The operations as the guards run them: search at its widest page (at 8 hits the page, not the
// data, bounds the naive count); node.graphql has no relation under its root, so nothing to grow.
const GUARDED = OPERATIONS.filter(({ file }) => file !== 'node.graphql').map((op) =>
  op.file === 'search.graphql' ? { ...op, variables: { ...op.variables, first: 100 } } : op,
);

const GUARDS = [
  ...Object.entries(QUERIES).map(([name, text]) => ({ name, text, variables: {} as Record<string, unknown> })),
  ...GUARDED.map(({ file, text, variables }) => ({ name: file, text, variables })),
];

describe('SQL statements per request do not grow with the data', () => {
  it('guards every canonical operation but node.graphql, which has no relation to batch', () => {
    expect(OPERATIONS.map((op) => op.file).filter((file) => !GUARDS.some((g) => g.name === file))).toEqual(['node.graphql']);
  });

  it.each(GUARDS)('$name', async ({ text, variables }) => {
    const [a, b] = await Promise.all([real.gql(text, variables), twice.gql(text, variables)]);
    const sql = sqlOf(a);
    expect(JSON.stringify(b.data).length).toBeGreaterThan(JSON.stringify(a.data).length);
    expect(sqlOf(b)).toBe(sql);
    // One statement per relation level at most, whatever the number of parents.
    expect(sql).toBeLessThanOrEqual(16);
  });
});

describe('the naive variant (batching off) fails every guard: one query per parent', () => {
  it.each(GUARDS)('$name', async ({ text, variables }) => {
    const [naiveSql, naiveTwiceSql, batchedSql] = await Promise.all([naive, naiveTwice, real].map(async (api) => sqlOf(await api.gql(text, variables))));
    expect(naiveTwiceSql).toBeGreaterThan(naiveSql!);
    expect(naiveSql).toBeGreaterThan(batchedSql!);
  });
});
