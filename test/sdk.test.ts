import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DecisionDetailDocument,
  GateDetailDocument,
  GraphQLRequestError,
  IndicatorComparisonDocument,
  NationalTargetsDocument,
  NodeByIdDocument,
  ProjectsDocument,
  ProvinceOverviewDocument,
  request,
  type RequestOptions,
  TypeaheadDocument,
} from '../sdk/index.js';
import { startTestServer, type TestServer } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

// Every canonical operation, sent as full text and then by its persisted hash alone.
describe.each([
  ['full text', false],
  ['persisted hash only', true],
])('SDK operations (%s)', (_mode, persisted) => {
  const opts = (): RequestOptions => ({ url: api.url, persisted });

  it('ProvinceOverview: Cao Bằng with its plan, breakthroughs, targets, gates and projects', async () => {
    const { province } = await request(ProvinceOverviewDocument, { code: '04' }, opts());
    expect(province).toMatchObject({ code: '04', name: 'Cao Bằng', areaKm2: 6700.3 });
    expect(province!.decisions.nodes.map((d) => d.number)).toContain('1486/QĐ-TTg');
    expect(province!.breakthroughs.nodes.filter((b) => b.decision.key === 'cao-bang-party-congress-20-resolution').map((b) => b.area)).toEqual([
      'HUMAN_RESOURCES',
      'INFRASTRUCTURE',
      'SCIENCE_TECHNOLOGY_DIGITAL',
    ]);
    const growth = province!.targets.nodes.find((t) => t.indicator.code === 'GRDP_GROWTH' && t.decision.number === '1486/QĐ-TTg');
    expect(growth).toMatchObject({ value: 9.72, unit: 'PERCENT_PER_YEAR', comparator: 'EQUAL', citations: [{ source: { key: 'cao-bang-plan-conference' } }] });
    expect(province!.gates.nodes.map((g) => g.slug)).toContain('tra-linh');
    expect(province!.projects.totalCount).toBeGreaterThan(10);
  });

  it('IndicatorComparison: GRDP growth targets of Cao Bằng and Lạng Sơn', async () => {
    const { indicator } = await request(IndicatorComparisonDocument, { code: 'GRDP_GROWTH' }, opts());
    const byProvince = indicator!.targets.nodes.map((t) => [t.province?.code, t.comparator, t.value, t.maxValue]);
    expect(byProvince).toEqual(
      expect.arrayContaining([
        ['04', 'EQUAL', 9.72, null],
        ['04', 'ABOUT', 10, null],
        ['20', 'BETWEEN', 8, 9],
      ]),
    );
  });

  it('IndicatorComparison: observations of the economic zone', async () => {
    const { indicator } = await request(IndicatorComparisonDocument, { code: 'IMPORT_EXPORT_TURNOVER' }, opts());
    expect(indicator!.observations.nodes).toContainEqual(
      expect.objectContaining({
        value: 16_300_000_000,
        unit: 'USD',
        comparator: 'ABOVE',
        economicZone: expect.objectContaining({ slug: 'cao-bang-border-gate-economic-zone' }),
      }),
    );
  });

  it('Projects: expressways of Cao Bằng with their gates and breakthroughs, paged', async () => {
    const first = await request(ProjectsDocument, { provinceCode: '04', kind: 'EXPRESSWAY', first: 1 }, opts());
    expect(first.projects.totalCount).toBeGreaterThanOrEqual(2);
    const second = await request(ProjectsDocument, { provinceCode: '04', kind: 'EXPRESSWAY', first: 1, after: first.projects.pageInfo.endCursor }, opts());
    const all = [...first.projects.nodes, ...second.projects.nodes];
    expect(all.map((p) => p.slug)).toEqual(['dong-dang-tra-linh-expressway', 'bac-kan-cao-bang-expressway']);
    expect(all[0]!.gates.map((g) => g.slug)).toContain('tra-linh');
    expect(all[0]!.breakthroughs.map((b) => b.area)).toContain('INFRASTRUCTURE');
  });

  it('GateDetail: Trà Lĩnh, its counterpart and its cited type history', async () => {
    const { gate } = await request(GateDetailDocument, { slug: 'tra-linh' }, opts());
    expect(gate).toMatchObject({ name: 'Trà Lĩnh', type: 'INTERNATIONAL', counterpart: 'Long Bang', province: { code: '04' } });
    expect(gate!.typeHistory.map((s) => [s.type, s.planned, s.since])).toEqual([
      ['MAIN', false, null],
      ['INTERNATIONAL', true, null],
      ['INTERNATIONAL', false, '2023-12-28'],
    ]);
    expect(gate!.typeHistory.every((s) => s.citations.length > 0)).toBe(true);
  });

  it('DecisionDetail: 1371/QĐ-TTg typed without diacritics, what it implements and its targets', async () => {
    const { decision } = await request(DecisionDetailDocument, { number: '1371/QD-TTg' }, opts());
    expect(decision).toMatchObject({ number: '1371/QĐ-TTg', kind: 'IMPLEMENTATION_PLAN', effectiveOn: '2024-11-13', implements: { number: '236/QĐ-TTg' } });
    expect(decision!.targets.nodes).toContainEqual(
      expect.objectContaining({ value: 1.5, maxValue: 2, comparator: 'BETWEEN', indicator: expect.objectContaining({ code: 'SCIENCE_TECH_BUDGET_SHARE' }) }),
    );
  });

  it('NationalTargets: every province with its targets', async () => {
    const { provinces } = await request(NationalTargetsDocument, { first: 100 }, opts());
    expect(provinces.totalCount).toBe(provinces.nodes.length);
    const withTargets = provinces.nodes.filter((p) => p.targets.nodes.length).map((p) => p.code);
    expect(withTargets).toEqual(['04', '20']);
  });

  it('Typeahead: "tra li" offers Trà Lĩnh first, with a marked snippet', async () => {
    const { search } = await request(TypeaheadDocument, { query: 'tra li' }, opts());
    expect(search.nodes[0]).toMatchObject({
      matchedField: 'name',
      snippet: '<mark>Trà</mark> <mark>Lĩnh</mark>',
      node: { __typename: 'Gate', slug: 'tra-linh' },
    });
    expect(search.nodes.length).toBeLessThanOrEqual(8);
  });

  it('NodeById: refetches a gate by the id the overview returned', async () => {
    const { province } = await request(ProvinceOverviewDocument, { code: '04' }, opts());
    const gate = province!.gates.nodes.find((g) => g.slug === 'tra-linh')!;
    const { node } = await request(NodeByIdDocument, { id: gate.id }, opts());
    expect(node).toEqual({ id: gate.id, __typename: 'Gate', slug: 'tra-linh', name: 'Trà Lĩnh', type: 'INTERNATIONAL' });
  });
});

describe('persisted documents', () => {
  it('hashes each manifest entry as the sha256 of its document text', async () => {
    const manifest = JSON.parse(await readFile('sdk/generated/persisted-documents.json', 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(7);
    for (const [hash, document] of Object.entries(manifest)) expect(createHash('sha256').update(document).digest('hex')).toBe(hash);
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    });
    expect(res.status).toBeLessThan(500);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
  });

  it('turns API errors into a typed GraphQLRequestError', async () => {
    const error = await request(ProjectsDocument, { first: 500 }, { url: api.url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
