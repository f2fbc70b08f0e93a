import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixtures } from '../src/import/read-fixtures.js';
import { dataOf, FIXTURES_DIR, grown, startTestServer, type TestServer } from './helpers.js';

// The dashboard's aggregates, each checked against the records it counts, read through the lists.
let api: TestServer;
let more: TestServer;
beforeAll(async () => {
  [api, more] = await Promise.all([startTestServer(), startTestServer(grown(await readFixtures(FIXTURES_DIR)))]);
});
afterAll(() => Promise.all([api.stop(), more.stop()]));

const tally = <T>(items: T[], key: (item: T) => string) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};
const sqlOf = (response: unknown) => (response as { extensions: { queryStats: { sql: number } } }).extensions.queryStats.sql;

describe('aggregates', () => {
  it.each([null, '2024-06-30'])('counts targets by status and category as the target list says (asOf %s)', async (asOf) => {
    const arg = asOf ? `, asOf: "${asOf}"` : '';
    for (const code of ['04', '20']) {
      const { province, targets } = dataOf(
        await api.gql(`{
          province: province(code: "${code}"${arg}) { targetSummary { status category count } }
          targets: targets(first: 100, filter: { provinceCode: "${code}" }${arg}) { nodes { progress { status } indicator { category } } }
        }`),
      );
      const expected = tally(
        targets.nodes,
        (t: { progress: { status: string }; indicator: { category: string } }) => `${t.progress.status}|${t.indicator.category}`,
      );
      const got = Object.fromEntries(
        province.targetSummary.map((c: { status: string; category: string; count: number }) => [`${c.status}|${c.category}`, c.count]),
      );
      expect(targets.nodes.length).toBeGreaterThan(0);
      expect(got).toEqual(expected);
    }
  });

  it("counts projects by kind and status with their VND totals (the 'total' amount, else the largest)", async () => {
    const { province } = dataOf(
      await api.gql(`{ province(code: "04") {
        projectSummary { kind status count investmentVnd withoutVnd }
        projects(first: 100) { nodes { kind status investment { amount currency label } } }
      } }`),
    );
    type P = { kind: string; status: string; investment: { amount: number; currency: string; label: string | null }[] };
    const expected: Record<string, { count: number; vnd: number; without: number }> = {};
    for (const p of province.projects.nodes as P[]) {
      const vnd = p.investment.filter((m) => m.currency === 'VND');
      const figure = vnd.find((m) => m.label === 'total')?.amount ?? (vnd.length ? Math.max(...vnd.map((m) => m.amount)) : null);
      const entry = (expected[`${p.kind}|${p.status}`] ??= { count: 0, vnd: 0, without: 0 });
      entry.count += 1;
      if (figure === null) entry.without += 1;
      else entry.vnd += figure;
    }
    const got = Object.fromEntries(
      province.projectSummary.map((c: { kind: string; status: string; count: number; investmentVnd: number; withoutVnd: number }) => [
        `${c.kind}|${c.status}`,
        { count: c.count, vnd: c.investmentVnd, without: c.withoutVnd },
      ]),
    );
    expect(got).toEqual(expected);
    // The expressway counts once at its 25,550 billion VND total, not with its phases added.
    expect(Object.values(got).some((g) => (g as { vnd: number }).vnd >= 25550000000000)).toBe(true);
  });

  it.each([null, '2020-09-21'])('counts observations per indicator and year as the observation list says (asOf %s)', async (asOf) => {
    const arg = asOf ? `, asOf: "${asOf}"` : '';
    const { indicators, observations } = dataOf(
      await api.gql(`{
        indicators: indicators(first: 100${arg}) { nodes { code observationsByYear { year count } } }
        observations: observations(first: 100${arg}) { totalCount nodes { indicator { code } asOf period { endYear } } }
      }`),
    );
    expect(observations.totalCount).toBeLessThanOrEqual(100);
    type O = { indicator: { code: string }; asOf: string | null; period: { endYear: number } | null };
    const dated = (observations.nodes as O[]).filter((o) => o.period || o.asOf);
    const expected = tally(dated, (o) => `${o.indicator.code}|${o.period?.endYear ?? Number(o.asOf!.slice(0, 4))}`);
    const got: Record<string, number> = {};
    for (const i of indicators.nodes) for (const y of i.observationsByYear) got[`${i.code}|${y.year}`] = y.count;
    expect(got).toEqual(expected);
  });

  it('costs one statement per aggregate for every parent of a level, whatever the data', async () => {
    const lists = '{ provinces(first: 50) { nodes { code } } indicators(first: 100) { nodes { code } } }';
    const withAggregates = `{ provinces(first: 50) { nodes { code targetSummary { count } projectSummary { count } } }
      indicators(first: 100) { nodes { code observationsByYear { year } } } }`;
    for (const server of [api, more]) {
      expect(sqlOf(await server.gql(withAggregates)) - sqlOf(await server.gql(lists))).toBe(3);
    }
  });
});
