import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { dataOf, FIXTURES_DIR, startTestServer, type TestServer } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  // The fixtures, plus one amendment link that the sources do not give, to see the link both ways.
  const dataset = await readFixtures(FIXTURES_DIR);
  const zoning = dataset.decisions.find((d) => d.key === '1057-qd-ubnd-ta-lung-zoning-plan')!;
  zoning.amends = 'cao-bang-ez-detailed-plans';
  api = await startTestServer(dataset);
});
afterAll(() => api.stop());

const keys = (list: { key: string }[]) => list.map((t) => t.key);

describe('target lineage', () => {
  it("links the 20th congress's ~10% GRDP growth for 2026-2030 to the 9.72% of 1486/QĐ-TTg for 2021-2030, both ways", async () => {
    const { targets } = dataOf(
      await api.gql(`{ targets(first: 50, filter: { provinceCode: "04", indicatorCode: "GRDP_GROWTH" }) {
        nodes { key value decision { key } revises { key } revisedBy { key } } } }`),
    );
    const byKey = Object.fromEntries(targets.nodes.map((t: { key: string }) => [t.key, t]));
    const plan = byKey['cao-bang-1486-grdp-growth'];
    const congress = targets.nodes.find((t: { decision: { key: string } }) => t.decision.key === 'cao-bang-party-congress-20-resolution');
    expect(plan).toMatchObject({ value: 9.72, revises: null });
    expect(congress).toMatchObject({ value: 10, revises: { key: 'cao-bang-1486-grdp-growth' }, revisedBy: [] });
    expect(keys(plan.revisedBy)).toEqual([congress.key]);
  });

  it('does not link targets of another province or another indicator', async () => {
    const { targets } = dataOf(
      await api.gql('{ targets(first: 100) { nodes { key indicator { code } province { code } revises { key indicator { code } province { code } } } } }'),
    );
    const linked = targets.nodes.filter((t: { revises: unknown }) => t.revises);
    expect(linked.length).toBeGreaterThan(0);
    for (const t of linked) {
      expect(t.revises.indicator.code).toBe(t.indicator.code);
      expect(t.revises.province?.code).toBe(t.province?.code);
    }
  });
});

describe('decision lineage', () => {
  it('answers implements, amends and replaces both ways', async () => {
    const { a, b, c, d } = dataOf(
      await api.gql(`{
        a: decision(number: "1371/QĐ-TTg") { implements { key } }
        b: node(id: "${toGlobalId('PlanDecision', '236-qd-ttg-2024')}") { ... on PlanDecision { implementedBy { key } } }
        c: decisions(first: 100) { nodes { key amends { key } replaces { key } } }
        d: node(id: "${toGlobalId('PlanDecision', 'cao-bang-ez-detailed-plans')}") { ... on PlanDecision { amendedBy { key } replacedBy { key } } }
      }`),
    );
    expect(a.implements.key).toBe('236-qd-ttg-2024');
    expect(keys(b.implementedBy)).toContain('1371-qd-ttg-2024');
    expect(c.nodes.find((n: { key: string }) => n.key === '1057-qd-ubnd-ta-lung-zoning-plan').amends).toEqual({ key: 'cao-bang-ez-detailed-plans' });
    expect(d).toEqual({ amendedBy: [{ key: '1057-qd-ubnd-ta-lung-zoning-plan' }], replacedBy: [] });
  });
});
