import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

// node(id) must resolve every id the API hands out, to the same object, for every Node type.
const LISTS: [string, string][] = [
  ['Province', 'provinces'],
  ['PlanDecision', 'decisions'],
  ['Breakthrough', 'breakthroughs'],
  ['Indicator', 'indicators'],
  ['Target', 'targets'],
  ['Observation', 'observations'],
  ['Project', 'projects'],
  ['Gate', 'gates'],
  ['EconomicZone', 'economicZones'],
  ['SourceDocument', 'sources'],
  ['Milestone', 'milestones'],
];

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

describe('node(id) round trip', () => {
  it.each(LISTS)('resolves every %s id to itself', async (typeName, field) => {
    const list = dataOf(await api.gql(`{ ${field}(first: 100) { nodes { id __typename } } }`))[field].nodes as { id: string; __typename: string }[];
    expect(list.length).toBeGreaterThan(0);
    const ids = list.map((n) => n.id);
    const { nodes } = dataOf(await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }', { ids }));
    expect(nodes).toEqual(list.map(({ id }) => ({ id, __typename: typeName })));
    const { node } = dataOf(await api.gql('query($id: ID!) { node(id: $id) { id __typename } }', { id: ids[0] }));
    expect(node).toEqual({ id: ids[0], __typename: typeName });
  });

  it('keeps ids stable across a re-import (they are built from natural keys)', async () => {
    const before = dataOf(await api.gql('{ gate(slug: "tra-linh") { id } }')).gate.id;
    const again = await (await import('./helpers.js')).startTestServer();
    try {
      expect(dataOf(await again.gql('{ gate(slug: "tra-linh") { id } }')).gate.id).toBe(before);
    } finally {
      await again.stop();
    }
  });

  it('answers null for a well-formed id of a record that does not exist', async () => {
    const id = Buffer.from('Gate:no-such-gate').toString('base64url');
    const response = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id });
    expect(response).toMatchObject({ data: { node: null } });
    expect(response.errors).toBeUndefined();
  });
});
