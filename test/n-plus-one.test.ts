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
  // The fields of issue 10 (people, meetings, plan items, lineage), each under a list of parents that
  // grown() doubles (see "the grown database has more under the same parents" below).
  'meetings → chair, coChair, adopted, discussed → their relations': `{
    meetings(first: 100) { totalCount nodes { key province { code } chair { key terms { office } } coChair { key } adopted { key adoptedAt { key } } discussed { key discussedAt { key } items { key } } citations { source { key } } } }
  }`,
  'people → terms and decisions signed → their relations': `{
    people(first: 100) { totalCount nodes { key citations { source { key } } terms { key person { key } province { code } citations { locator } } decisionsSigned { key province { code } discussedAt { key } } } }
  }`,
  'decisions → items, meetings, lineage both ways': `{
    decisions(first: 100) { nodes { key signer { key } items { key decision { key } citations { source { key } } } adoptedAt { key chair { key } } discussedAt { key coChair { key } } implements { key } implementedBy { key } amends { key } amendedBy { key } replaces { key } replacedBy { key } } }
  }`,
  'targets → revises, revisedBy → decision': `{
    targets(first: 100) { nodes { key revises { key decision { key } } revisedBy { key decision { key } revisedBy { key } } } }
  }`,
};

// Exact statements of the queries above, the same on the fixtures and on grown() data. A change in
// either is a change in how the server reads: update the table on purpose, never to make it pass.
const SQL: Record<keyof typeof QUERIES, number> = {
  'provinces → decisions → targets → indicator': 9,
  'provinces → projects → gates': 9,
  'gates → projects → breakthroughs → decision': 12,
  'search → nodes of every type → their relations': 13,
  'indicators → targets and observations → province': 9,
  // The meetings' ids and rows (2); their provinces, one read of persons for chair and coChair
  // together, the ids of adopted and of discussed, their citations (5); the documents' rows for
  // adopted and discussed together, the chairs' term ids, the citations' sources (3); the terms'
  // rows, the ids of adoptedAt, of discussedAt and of the items (4); the items' rows (1). adoptedAt
  // and discussedAt read no meeting row: every meeting is already read.
  'meetings → chair, coChair, adopted, discussed → their relations': 15,
  // The people's ids and rows (2); their citations, term ids and signed document ids (3); the
  // sources, the terms' and the documents' rows (3); the terms' citations, one read of provinces for
  // terms and documents, the ids of discussedAt (3); the meetings' rows (1). terms.person costs
  // nothing: every person is already read.
  'people → terms and decisions signed → their relations': 12,
  // The documents' ids and rows (2); the signers, and the ids of items, adoptedAt, discussedAt,
  // implementedBy, amendedBy and replacedBy (7); the items' and the meetings' rows (2); the items'
  // citations and the chairs (2); the sources (1). implements, amends, replaces and items.decision
  // point into the page already read: no statement.
  'decisions → items, meetings, lineage both ways': 14,
  // The targets' ids and rows (2), then the lineage of all their indicators at once: the targets of
  // those indicators and their documents (2), whatever the number of targets and revisions.
  'targets → revises, revisedBy → decision': 4,
};

let real: TestServer;
let twice: TestServer;
let naive: TestServer;
let naiveTwice: TestServer;
beforeAll(async () => {
  const dataset = await readFixtures(FIXTURES_DIR);
  // The sources give no document that amends or replaces another: one link of each, on the
  // fixtures and (copied under the same parents) twice on grown data, so that amends, amendedBy,
  // replaces and replacedBy have parents to load for and a guard on them can fail.
  dataset.decisions.find((d) => d.key === '1057-qd-ubnd-ta-lung-zoning-plan')!.amends = 'cao-bang-ez-detailed-plans';
  dataset.decisions.find((d) => d.key === 'cao-bang-party-congress-19-resolution')!.replaces = 'cao-bang-party-congress-18-resolution';
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

  // The parents of the fields of issue 10 double, and so do the links under them: copies point at
  // the same people, meetings and documents, so a guard that loads once per parent sees its count grow.
  it('doubles the parents and the links of the fields of issue 10: people, meetings, plan items, lineage', async () => {
    const query = `{
      meetings(first: 100) { totalCount nodes { chair { key } coChair { key } adopted { key } discussed { key } } }
      people(first: 100) { totalCount nodes { terms { key } decisionsSigned { key } } }
      decisions(first: 100) { totalCount nodes { items { key } adoptedAt { key } discussedAt { key } implements { key } implementedBy { key } amends { key } amendedBy { key } replaces { key } replacedBy { key } } }
      targets(first: 100) { totalCount nodes { revises { key } revisedBy { key } } }
    }`;
    const [a, b] = (await Promise.all([real.gql(query), twice.gql(query)])).map((r) => dataOf(r));
    // Per root, its parents; per field, the parents that have it (an object) or the children under all of them (a list).
    const sizes = (d: Record<string, { totalCount: number; nodes: Record<string, unknown>[] }>): Record<string, number> =>
      Object.fromEntries(
        ['meetings', 'people', 'decisions', 'targets'].flatMap((root) => [
          [root, d[root]!.totalCount],
          ...Object.keys(d[root]!.nodes[0]!).map((field) => [
            `${root}.${field}`,
            d[root]!.nodes.reduce((n, node) => n + (Array.isArray(node[field]) ? node[field].length : node[field] ? 1 : 0), 0),
          ]),
        ]),
      );
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

  it.each(Object.entries(QUERIES).map(([name, text]) => ({ name, text })))('$name: exactly the statements of the table', async ({ name, text }) => {
    const [a, b] = await Promise.all([real.gql(text), twice.gql(text)]);
    expect({ fixtures: sqlOf(a), grown: sqlOf(b) }).toEqual({ fixtures: SQL[name], grown: SQL[name] });
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
