import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { dataOf, FIXTURES_DIR, grown, startTestServer, type TestServer } from './helpers.js';

// The graph as it stood on a date: asOf on the root fields, honoured by the fields below them.
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

const keysOf = (connection: { nodes: { key: string }[] }) => connection.nodes.map((n) => n.key);

describe('asOf', () => {
  it('gives Bắc Giang the status it had: ACTIVE on 2025-06-30, MERGED into Bắc Ninh from 2025-07-01, in one request', async () => {
    const { before, after, today } = dataOf(
      await api.gql(`{
        before: province(slug: "bac-giang", asOf: "2025-06-30") { status mergedInto { slug } }
        after: province(slug: "bac-giang", asOf: "2025-07-01") { status mergedInto { slug } }
        today: province(slug: "bac-giang") { status mergedInto { slug } }
      }`),
    );
    expect(before).toEqual({ status: 'ACTIVE', mergedInto: null });
    expect(after).toEqual({ status: 'MERGED', mergedInto: { slug: 'bac-ninh' } });
    expect(today).toEqual(after);
  });

  it('leaves out documents signed after the date, and what they set, at the root and below', async () => {
    const number = '1486/QĐ-TTg';
    const { early, onTheDay, list, node, targets, province } = dataOf(
      await api.gql(`{
        early: decision(number: "${number}", asOf: "2023-11-23") { key }
        onTheDay: decision(number: "${number}", asOf: "2023-11-24") { key }
        list: decisions(first: 100, asOf: "2023-11-23") { totalCount nodes { key signedOn effectiveOn } }
        node: node(id: "${toGlobalId('PlanDecision', '1486-qd-ttg-2023')}", asOf: "2023-01-01") { id }
        targets: targets(first: 100, asOf: "2023-11-23") { nodes { key decision { key } } }
        province: province(code: "04", asOf: "2023-11-23") { decisions(first: 100) { nodes { key } } targets(first: 100) { nodes { key } } }
      }`),
    );
    expect(early).toBeNull();
    expect(onTheDay).toEqual({ key: '1486-qd-ttg-2023' });
    expect(node).toBeNull();
    expect(keysOf(list)).not.toContain('1486-qd-ttg-2023');
    for (const d of list.nodes) expect((d.signedOn ?? d.effectiveOn ?? '') <= '2023-11-23').toBe(true);
    const all = dataOf(await api.gql('{ decisions(first: 100) { totalCount } }')).decisions.totalCount;
    expect(list.totalCount).toBe(list.nodes.length);
    expect(list.totalCount).toBeLessThan(all);
    expect(targets.nodes.map((t: { decision: { key: string } }) => t.decision.key)).not.toContain('1486-qd-ttg-2023');
    expect(keysOf(province.decisions)).not.toContain('1486-qd-ttg-2023');
    expect(keysOf(province.targets)).not.toContain('cao-bang-1486-grdp-growth');
  });

  it('gives Trà Lĩnh the type it had: MAIN before 2023-12-28, INTERNATIONAL from that day', async () => {
    const { before, after } = dataOf(
      await api.gql(`{
        before: gate(slug: "tra-linh", asOf: "2023-12-27") { type plannedType }
        after: gate(slug: "tra-linh", asOf: "2023-12-28") { type plannedType }
      }`),
    );
    expect(before).toEqual({ type: 'MAIN', plannedType: 'INTERNATIONAL' });
    expect(after).toEqual({ type: 'INTERNATIONAL', plannedType: null });
  });

  it('leaves out figures dated after the date', async () => {
    const { early, later } = dataOf(
      await api.gql(`{
        early: observations(first: 100, asOf: "2020-09-20") { nodes { key asOf period { endYear } } }
        later: observations(first: 100, asOf: "2020-09-21") { nodes { key } }
      }`),
    );
    expect(keysOf(early)).not.toContain('cao-bang-ez-investment-projects-2020');
    expect(keysOf(later)).toContain('cao-bang-ez-investment-projects-2020');
  });

  it.each(['1945-09-01', '2101-01-01'])('refuses asOf %s with BAD_USER_INPUT naming the range', async (asOf) => {
    const { errors } = await api.gql(`{ province(code: "04", asOf: "${asOf}") { name } }`);
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toBe(`asOf must be a date from 1945-09-02 to 2100-12-31 (YYYY-MM-DD); got ${asOf}.`);
  });

  it.each([
    ['a literal', '{ province(code: "04", asOf: "30/06/2025") { name } }', undefined, '30/06/2025'],
    ['a variable', 'query($d: Date) { province(code: "04", asOf: $d) { name } }', { d: '2025-02-30' }, '2025-02-30'],
  ])('refuses a malformed date given as %s, before running anything, saying what is allowed', async (_, query, variables, shown) => {
    const { errors, data } = await api.gql(query, variables);
    expect(data).toBeUndefined();
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toContain(`A Date is a calendar date written YYYY-MM-DD, such as 2025-06-30; got ${shown}.`);
  });

  it('costs the same 18 SQL statements on the fixtures, on grown data and sliced (no N+1 below a dated root)', async () => {
    const dataset = grown(await readFixtures(FIXTURES_DIR));
    // Every object field waiting for a turn of its own (limits/pacing.ts) must not change the count.
    const [more, sliced] = await Promise.all([startTestServer(dataset), startTestServer(dataset, { limits: { sliceMs: 0 } })]);
    try {
      const query = `{ province(code: "04", asOf: "2024-06-30") {
        status decisions(first: 50) { nodes { key signer { name } targets(first: 20) { nodes { key progress { status } revises { key } } } } }
        targets(first: 50) { nodes { key progress { status latest { key } } } }
        observations(first: 50) { nodes { key } }
        gates(first: 20) { nodes { slug type plannedType } }
        officeHolders { person { name } }
      } }`;
      const sql = async (server: TestServer) => ((await server.gql(query)) as { extensions: { queryStats: { sql: number } } }).extensions.queryStats.sql;
      const counts = { fixtures: await sql(api), grown: await sql(more), sliced: await sql(sliced) };
      // The province; the ids (5) and then the rows (5) of its decisions, targets, observations, gates
      // and office terms; the persons (signers and office holders in one statement), the decisions'
      // target ids, the indicators' observations and the gates' type-step ids (4); the type steps'
      // rows; the lineage: the indicators' targets, then the decisions that set them.
      expect(counts).toEqual({ fixtures: 18, grown: 18, sliced: 18 });
    } finally {
      await Promise.all([more.stop(), sliced.stop()]);
    }
  });
});
