import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixtures } from '../src/import/read-fixtures.js';
import { dataOf, FIXTURES_DIR, grown, startTestServer, type TestServer, CANONICAL_OPERATIONS as OPERATIONS } from './helpers.js';

// Exact SQL statements per canonical operation (schema/operations, with the variables of its
// "# Variables:" line), on the fixtures and on grown() data. A change in either number is a change
// in how the server reads: update the table on purpose, never to make it pass.
const EXPECTED: Record<string, { fixtures: number; grown: number }> = {
  // The dashboard's picker: the provinces' ids (page and total), their rows, every province's target
  // ids and then the targets' rows, and every progress from one read of the indicators' observations.
  'dashboard-provinces.graphql': { fixtures: 5, grown: 5 },
  'decision-detail.graphql': { fixtures: 11, grown: 11 },
  'gate-detail.graphql': { fixtures: 10, grown: 10 },
  // 7 since GRDP growth has observed figures (issue 10): the page of observations is one more statement.
  'indicator-comparison.graphql': { fixtures: 7, grown: 7 },
  'national-targets.graphql': { fixtures: 6, grown: 6 },
  'node.graphql': { fixtures: 1, grown: 1 },
  'projects.graphql': { fixtures: 9, grown: 9 },
  // The dashboard's province: the province; the ids and then the rows of its targets, gates and
  // office terms (6); the persons, indicators and decisions (3); every progress from one read of its
  // indicators' observations; the citations and their sources (2); the gates' type steps (2).
  'province-dashboard.graphql': { fixtures: 15, grown: 15 },
  // Every breakthrough of Cao Bằng is set by one of Cao Bằng's own documents, which the decisions
  // page has already loaded, so their decisions cost no statement of their own.
  'province-overview.graphql': { fixtures: 14, grown: 14 },
  // One FTS query, then one per kind of object on the page: the 8 hits for "tra li" span 4 kinds on
  // the fixtures but only 3 on grown data (gates, projects, economic zones), whose copies share
  // their originals' names.
  'search.graphql': { fixtures: 5, grown: 4 },
};

let fixtures: TestServer;
let more: TestServer;
/** Grown data, with every object field waiting for a turn of its own (limits/pacing.ts). */
let sliced: TestServer;
beforeAll(async () => {
  const dataset = await readFixtures(FIXTURES_DIR);
  [fixtures, more, sliced] = await Promise.all([
    startTestServer(dataset),
    startTestServer(grown(dataset)),
    startTestServer(grown(dataset), { limits: { sliceMs: 0 } }),
  ]);
});
afterAll(() => Promise.all([fixtures.stop(), more.stop(), sliced.stop()]));

async function sql(api: TestServer, text: string, variables: Record<string, unknown>): Promise<number> {
  const response = await api.gql(text, variables);
  dataOf(response);
  return response.extensions!.queryStats!.sql;
}

describe('exact SQL statements per canonical operation', () => {
  it('has a count for every operation file and no other', () => {
    expect(OPERATIONS.map((op) => op.file).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(OPERATIONS)('$file', async ({ file, text, variables }) => {
    expect({ fixtures: await sql(fixtures, text, variables), grown: await sql(more, text, variables) }).toEqual(EXPECTED[file]);
  });

  // Time slicing defers fields to later turns; the loaders' batches wait for them, so not one
  // statement is added however often a request yields.
  it.each(OPERATIONS)('$file, sliced at every object field: the same count', async ({ file, text, variables }) => {
    expect(await sql(sliced, text, variables)).toBe(EXPECTED[file]!.grown);
  });

  // Every hit of "tra li" spans 6 kinds (gates, projects, economic zones, sources, breakthroughs and
  // the plan item of the first orientation after the 14th congress, which names the Đồng Đăng - Trà
  // Lĩnh expressway): one FTS query and one per kind.
  it('search.graphql at a page that holds every hit: the same count on both', async () => {
    const { text, variables } = OPERATIONS.find((op) => op.file === 'search.graphql')!;
    const wide = { ...variables, first: 100 };
    expect({ fixtures: await sql(fixtures, text, wide), grown: await sql(more, text, wide) }).toEqual({ fixtures: 7, grown: 7 });
  });
});
