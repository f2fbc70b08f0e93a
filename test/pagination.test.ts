import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

// Every root connection and a nested one, walked page by page in both directions.
const CONNECTIONS = [
  'provinces',
  'decisions',
  'breakthroughs',
  'indicators',
  'targets',
  'observations',
  'projects',
  'gates',
  'economicZones',
  'sources',
  'milestones',
];

interface PageResult {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

async function page(field: string, args: string): Promise<PageResult> {
  const data = dataOf(await api.gql<Record<string, PageResult>>(`{ ${field}${args ? `(${args})` : ''} { ${PAGE} } }`));
  return data[field]!;
}

async function walkForward(field: string, size: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const result: PageResult = await page(field, `first: ${size}${after ? `, after: "${after}"` : ''}`);
    ids.push(...result.edges.map((e) => e.node.id));
    expect(result.edges.length).toBeLessThanOrEqual(size);
    if (!result.pageInfo.hasNextPage) return ids;
    after = result.pageInfo.endCursor;
  }
}

async function walkBackward(field: string, size: number): Promise<string[]> {
  const ids: string[] = [];
  let before: string | null = null;
  for (;;) {
    const result: PageResult = await page(field, `last: ${size}${before ? `, before: "${before}"` : ''}`);
    ids.unshift(...result.edges.map((e) => e.node.id));
    if (!result.pageInfo.hasPreviousPage) return ids;
    before = result.pageInfo.startCursor;
  }
}

describe.each(CONNECTIONS)('%s connection', (field) => {
  it('walks forward and backward to the same items as one large page, without gaps or duplicates', async () => {
    const all = await page(field, 'first: 100');
    const ids = all.edges.map((e) => e.node.id);
    expect(all.totalCount).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
    for (const size of [1, 3]) {
      expect(await walkForward(field, size)).toEqual(ids);
      expect(await walkBackward(field, size)).toEqual(ids);
    }
  });

  it('defaults to 20 items and reports the neighbours of a middle page', async () => {
    const all = await page(field, 'first: 100');
    const first = await page(field, '');
    expect(first.edges.length).toBe(Math.min(20, all.totalCount));
    const middle = await page(field, `first: 1, after: "${all.edges[0]!.cursor}"`);
    expect(middle.edges.map((e) => e.node.id)).toEqual([all.edges[1]!.node.id]);
    expect(middle.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const between = await page(field, `first: 100, after: "${all.edges[0]!.cursor}", before: "${all.edges[2]!.cursor}"`);
    expect(between.edges.map((e) => e.node.id)).toEqual([all.edges[1]!.node.id]);
  });
});

describe('nested connections', () => {
  it('page through the decisions of one province with a stable order and totalCount', async () => {
    const query = (args: string) => `{ province(code: "04") { decisions(${args}) { ${PAGE} } } }`;
    const all = dataOf(await api.gql(query('first: 100'))).province.decisions as PageResult;
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const result: PageResult = dataOf(await api.gql(query(`first: 4${after ? `, after: "${after}"` : ''}`))).province.decisions;
      expect(result.totalCount).toBe(all.totalCount);
      ids.push(...result.edges.map((e) => e.node.id));
      after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(all.edges.map((e) => e.node.id));
  });

  it('gives a page past the end as empty, with null cursors', async () => {
    const all = await page('gates', 'first: 100');
    const past = await page('gates', `first: 5, after: "${all.pageInfo.endCursor}"`);
    expect(past).toMatchObject({
      edges: [],
      totalCount: all.totalCount,
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });
});
