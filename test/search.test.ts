import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toGlobalId } from '../src/common/global-id.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { dataOf, FIXTURES_DIR, startTestServer, type TestServer } from './helpers.js';

interface Hit {
  score: number;
  matchedField: string;
  language: string | null;
  snippet: string | null;
  node: { id: string; __typename: string };
}

const SEARCH = `query Search($q: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $q, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { score matchedField language snippet node { id __typename } }
  }
}`;

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

async function search(q: string, variables: Record<string, unknown> = {}) {
  return dataOf(
    await api.gql<{ search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Hit[] } }>(SEARCH, {
      q,
      first: 100,
      ...variables,
    }),
  ).search;
}

const id = (type: string, key: string) => toGlobalId(type, key);

// What people type, and what must come first (and, where it matters, what must not).
const QUERIES: { q: string; top: [string, string]; notFirst?: [string, string]; field?: string; types?: string[] }[] = [
  { q: 'tra linh', top: ['Gate', 'tra-linh'] },
  { q: 'Tra Linh', top: ['Gate', 'tra-linh'] },
  { q: 'trà lĩnh', top: ['Gate', 'tra-linh'] },
  { q: 'TRÀ LĨNH', top: ['Gate', 'tra-linh'] },
  { q: 'tra li', top: ['Gate', 'tra-linh'] },
  { q: 'dong dang', top: ['Gate', 'dong-dang'] },
  { q: 'Đồng Đăng', top: ['Gate', 'dong-dang'] },
  { q: 'Quang Hoa', top: ['Gate', 'ta-lung'], notFirst: ['Province', 'quang-ninh'], field: 'locality' },
  { q: 'quang ninh', top: ['Province', 'quang-ninh'] },
  { q: 'cao bang', top: ['Province', 'cao-bang'] },
  { q: 'cao b', top: ['Province', 'cao-bang'] },
  { q: 'lang son', top: ['Province', 'lang-son'] },
  { q: 'bac kan', top: ['Province', 'bac-kan'] },
  { q: 'ta lung', top: ['Gate', 'ta-lung'] },
  { q: 'ly van', top: ['Gate', 'ly-van'] },
  { q: 'huu nghi', top: ['Gate', 'huu-nghi'] },
  { q: 'long bang', top: ['EconomicZone', 'tra-linh-long-bang-cross-border-cooperation-zone'], types: ['GATE', 'ECONOMIC_ZONE'] },
  { q: 'long bang', top: ['Gate', 'tra-linh'], field: 'counterpart', types: ['GATE'] },
  { q: 'expressway', top: ['Project', 'dong-dang-tra-linh-expressway'], field: 'nameEn' },
  { q: 'cao toc dong dang', top: ['Project', 'dong-dang-tra-linh-expressway'], field: 'name' },
  { q: 'cao tốc bắc kạn', top: ['Project', 'bac-kan-cao-bang-expressway'] },
  { q: 'dong dang tra linh', top: ['Project', 'dong-dang-tra-linh-expressway'] },
  { q: 'tra linh dong dang', top: ['Project', 'dong-dang-tra-linh-expressway'], field: 'aliases' },
  { q: '1486', top: ['PlanDecision', '1486-qd-ttg-2023'], field: 'number' },
  { q: '1486/QD-TTg', top: ['PlanDecision', '1486-qd-ttg-2023'], field: 'number' },
  { q: '1486/QĐ-TTg', top: ['PlanDecision', '1486-qd-ttg-2023'] },
  { q: '1371', top: ['PlanDecision', '1371-qd-ttg-2024'] },
  { q: 'mau son', top: ['Project', 'mau-son-national-tourist-area'] },
  { q: 'GRDP', top: ['Indicator', 'GRDP_GROWTH'] },
  { q: 'grdp per capita', top: ['Indicator', 'GRDP_PER_CAPITA'] },
  { q: 'border-gate economic zone', top: ['EconomicZone', 'cao-bang-border-gate-economic-zone'] },
  { q: 'khu kinh tế cửa khẩu', top: ['EconomicZone', 'cao-bang-border-gate-economic-zone'] },
  { q: 'pac bo', top: ['Project', 'pac-bo-relic-tourism'] },
];

describe('search: what people type', () => {
  // Read with the yaml package, not the importer: what the fixtures hold, independent of what was indexed.
  const yamlRecords = (file: string) => parse(readFileSync(join(FIXTURES_DIR, file), 'utf8')) as Record<string, string>[];

  it('expects top hits that are records of the fixture files', () => {
    const keys: Record<string, Set<string>> = {
      Gate: new Set(yamlRecords('gates.yaml').map((r) => r.slug!)),
      Province: new Set(yamlRecords('provinces.yaml').map((r) => r.slug!)),
      Project: new Set(yamlRecords('projects.yaml').map((r) => r.slug!)),
      PlanDecision: new Set(yamlRecords('decisions.yaml').map((r) => r.key!)),
      Indicator: new Set(yamlRecords('indicators.yaml').map((r) => r.code!)),
      EconomicZone: new Set(yamlRecords('economic-zones.yaml').map((r) => r.slug!)),
    };
    for (const { q, top } of QUERIES) expect(keys[top[0]], `"${q}" expects ${top.join(' ')}`).toContain(top[1]);
  });

  it.each([
    ['gates.yaml', 'GATE', 'Gate'],
    ['provinces.yaml', 'PROVINCE', 'Province'],
  ])('finds every record of %s first by its own name', async (file, type, typename) => {
    const records = yamlRecords(file);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const { nodes, totalCount } = await search(record.name!, { types: [type] });
      expect(nodes[0]?.node, `"${record.name}"`).toEqual({ id: id(typename, record.slug!), __typename: typename });
      expect(totalCount).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(QUERIES)('"$q" finds $top first', async ({ q, top, notFirst, field, types }) => {
    const { nodes } = await search(q, { types });
    expect(nodes[0]?.node, `top hit of "${q}"`).toEqual({ id: id(...top), __typename: top[0] });
    if (field) expect(nodes[0]!.matchedField).toBe(field);
    if (notFirst) expect(nodes[0]!.node.id).not.toBe(id(...notFirst));
  });

  it('requires every word: "quang hoa" does not find Quảng Ninh at all', async () => {
    const { nodes } = await search('quang hoa');
    expect(nodes.map((n) => n.node.id)).not.toContain(id('Province', 'quang-ninh'));
  });

  it('ranks the exact name above a name prefix above other fields', async () => {
    const { nodes } = await search('tra linh');
    const scores = nodes.map((n) => n.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(nodes[0]!.matchedField).toBe('name');
    expect(nodes.length).toBeGreaterThan(3);
  });

  it('marks the match in a snippet in the language of the matched field', async () => {
    const [vi] = (await search('trà lĩnh')).nodes;
    expect(vi).toMatchObject({ language: 'vi', snippet: '<mark>Trà</mark> <mark>Lĩnh</mark>' });
    const [en] = (await search('expressway')).nodes;
    expect(en!.language).toBe('en');
    expect(en!.snippet).toContain('<mark>expressway</mark>');
  });

  it('narrows by type and pages with cursors without gaps or repeats', async () => {
    const all = await search('cao bang', { types: ['PROJECT'] });
    expect(all.nodes.every((n) => n.node.__typename === 'Project')).toBe(true);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof search>> = await search('cao bang', { types: ['PROJECT'], first: 2, after });
      seen.push(...page.nodes.map((n) => n.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.nodes.map((n) => n.node.id));
  });

  it('resolves each result node with its own fields', async () => {
    const response = await api.gql('{ search(query: "tra linh", types: [GATE], first: 1) { nodes { node { ... on Gate { slug counterpart } } } } }');
    expect(dataOf(response).search.nodes).toEqual([{ node: { slug: 'tra-linh', counterpart: 'Long Bang' } }]);
  });
});

describe('nameContains filters use the same folding', () => {
  it.each([
    ['provinces', 'cao b', ['04']],
    ['gates', 'tra li', ['tra-linh']],
    ['decisions', '1486/qd', ['1486/QĐ-TTg']],
  ])('%s(filter: { nameContains: "%s" })', async (field, text, expected) => {
    const select = field === 'provinces' ? 'code' : field === 'gates' ? 'slug' : 'number';
    const data = dataOf(await api.gql(`query($t: String) { ${field}(filter: { nameContains: $t }) { nodes { ${select} } } }`, { t: text }));
    expect(data[field].nodes.map((n: Record<string, string>) => n[select])).toEqual(expected);
  });

  it('combines with the other project filters', async () => {
    const { projects } = dataOf(await api.gql('{ projects(first: 100, filter: { nameContains: "expressway", provinceCode: "20" }) { nodes { slug } } }'));
    expect(projects.nodes.map((p: { slug: string }) => p.slug).sort()).toEqual([
      'bac-giang-lang-son-expressway',
      'dong-dang-tra-linh-expressway',
      'huu-nghi-chi-lang-expressway',
      'tra-linh-dong-dang-ha-noi-hai-phong-corridor',
    ]);
  });
});

describe('search: bad input', () => {
  it.each([
    ['empty', '', /at least one letter or digit/],
    ['whitespace', '   \t ', /at least one letter or digit/],
    ['over 200 characters', 'a'.repeat(201), /at most 200 characters, got 201/],
    ['more than 10 words', 'a b c d e f g h i j k', /at most 10 words, got 11/],
  ])('%s is BAD_USER_INPUT', async (_label, q, message) => {
    const response = await api.gql(SEARCH, { q });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(response.errors![0]!.message).toMatch(message);
  });

  it.each([
    '"tra linh"',
    'tra*',
    '-tra',
    'type:gate',
    '(tra OR linh)',
    'tra NEAR linh',
    'NOT tra',
    'AND',
    '"',
    '*',
    '()',
    '🙂',
    '🙂 trà lĩnh 🚧',
    'Trà Lĩnh 龙邦',
    '%_\\',
    "'; drop table province; --",
  ])('treats FTS syntax as text: %s', async (q) => {
    const response = await api.gql(SEARCH, { q });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response)).not.toMatch(/fts5|syntax error|sqlite/i);
  });

  it('still finds Trà Lĩnh through quotes and emoji', async () => {
    expect((await search('"trà lĩnh" 🙂')).nodes[0]!.node.id).toBe(id('Gate', 'tra-linh'));
  });
});

describe('search follows the data', () => {
  it('an import of changed fixtures changes the results', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-graph-search-'));
    try {
      await cp(FIXTURES_DIR, dir, { recursive: true });
      const gates = join(dir, 'gates.yaml');
      const text = await readFile(gates, 'utf8');
      await writeFile(gates, text.replace('  name: Trà Lĩnh\n', '  name: Trà Lĩnh Zeta\n'));
      const changed = await startTestServer(await readFixtures(dir));
      try {
        const query = 'query($q: String!) { search(query: $q, first: 5) { nodes { matchedField node { id } } } }';
        expect((await api.gql(query, { q: 'trà lĩnh zeta' })).data!.search.nodes).toEqual([]);
        expect(dataOf(await changed.gql(query, { q: 'trà lĩnh zeta' })).search.nodes[0]).toEqual({
          matchedField: 'name',
          node: { id: id('Gate', 'tra-linh') },
        });
      } finally {
        await changed.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
