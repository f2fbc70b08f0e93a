import { readFile } from 'node:fs/promises';
// First: the schema's type order follows the order its modules load in (as in npm run schema).
import { createSchema, printSubgraphFile } from '../src/schema.js';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs as statisticsTypeDefs } from '../examples/statistics-subgraph/server.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { MAX_REPRESENTATIONS } from '../src/federation/subgraph.js';
import { FIXTURES_DIR, type GraphQLResponse, startTestServer, type TestServer } from './helpers.js';

const ENTITIES =
  'query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Node { id } ... on Province { slug name } ... on PlanDecision { number title } ... on Gate { slug name } ... on Indicator { code } ... on SourceDocument { key } } }';

describe('federation subgraph', () => {
  let api: TestServer;
  let fixtures: Awaited<ReturnType<typeof readFixtures>>;
  beforeAll(async () => {
    [api, fixtures] = await Promise.all([startTestServer(), readFixtures(FIXTURES_DIR)]);
  });
  afterAll(() => api.stop());

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const entities = (representations: unknown) => api.gql(ENTITIES, { r: representations }) as Promise<GraphQLResponse<{ _entities: any[] }>>;

  it('serves _service.sdl exactly as committed in schema/subgraph.graphql (run `npm run schema` after changing the API)', async () => {
    expect(await readFile('schema/subgraph.graphql', 'utf8')).toBe(await printSubgraphFile());
    const { data } = await api.gql('{ _service { sdl } }');
    expect((await readFile('schema/subgraph.graphql', 'utf8')).endsWith(`\n\n${data!._service.sdl.trim()}\n`)).toBe(true);
  });

  it('declares a key by id on every Node type, and the natural keys; never province code', async () => {
    const sdl = (await api.gql('{ _service { sdl } }')).data!._service.sdl as string;
    const schema = await createSchema();
    const nodeTypes = schema.getPossibleTypes(schema.getType('Node') as never).map((t) => t.name);
    expect(nodeTypes.length).toBeGreaterThan(10);
    const keys = new Map<string, string[]>();
    for (const definition of parse(sdl).definitions) {
      if (definition.kind !== 'ObjectTypeDefinition') continue;
      const fields = (definition.directives ?? []).filter((d) => d.name.value === 'key').map((d) => (d.arguments![0]!.value as { value: string }).value);
      if (fields.length) keys.set(definition.name.value, fields);
    }
    expect([...keys.keys()].sort()).toEqual([...nodeTypes].sort());
    for (const type of nodeTypes) expect(keys.get(type)).toContain('id');
    expect(keys.get('Province')).toEqual(['id', 'slug']);
    expect(keys.get('PlanDecision')).toEqual(['id', 'key', 'number']);
    expect(keys.get('Gate')).toEqual(['id', 'slug']);
    expect(keys.get('Indicator')).toEqual(['id', 'code']);
    expect(keys.get('SourceDocument')).toEqual(['id', 'key']);
    expect(sdl).toMatch(/extend schema\s+@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \["@key", "@shareable"\]\)/);
  });

  it("resolves every natural key the README lists, with the fixtures' values, in order, and null for unknown keys", async () => {
    const province = fixtures.provinces.find((p) => p.slug === 'cao-bang')!;
    const gate = fixtures.gates[0]!;
    const decision = fixtures.decisions.find((d) => d.number === '1486/QĐ-TTg')!;
    const { data, errors } = await entities([
      { __typename: 'Province', slug: 'cao-bang' },
      { __typename: 'PlanDecision', number: '1486/qd-ttg' },
      { __typename: 'Gate', slug: gate.slug },
      { __typename: 'Indicator', code: 'GRDP_GROWTH' },
      { __typename: 'SourceDocument', key: fixtures.sources[0]!.key },
      { __typename: 'Province', slug: 'atlantis' },
      { __typename: 'PlanDecision', number: '9999/QĐ-TTg' },
    ]);
    expect(errors).toBeUndefined();
    const [p, d, g, i, s, unknownProvince, unknownDecision] = data!._entities;
    expect(p).toMatchObject({ __typename: 'Province', slug: 'cao-bang', name: province.name });
    expect(d).toMatchObject({ __typename: 'PlanDecision', number: '1486/QĐ-TTg', title: decision.title });
    expect(g).toMatchObject({ __typename: 'Gate', slug: gate.slug, name: gate.name });
    expect(i).toMatchObject({ __typename: 'Indicator', code: 'GRDP_GROWTH' });
    expect(s).toMatchObject({ __typename: 'SourceDocument', key: fixtures.sources[0]!.key });
    expect([unknownProvince, unknownDecision]).toEqual([null, null]);
    // The global id is a key too, and gives back the same object.
    const again = await entities([
      { __typename: 'Province', id: p.id },
      { __typename: 'Gate', id: p.id },
    ]);
    expect(again.data!._entities).toEqual([p, null]);
  });

  it.each([1, 10, 100])('resolves %i representations of one type in one SQL statement', async (n) => {
    const slugs = fixtures.provinces.map((p) => p.slug);
    const representations = Array.from({ length: n }, (_, i) => ({ __typename: 'Province', slug: i < slugs.length ? slugs[i] : `unknown-${i}` }));
    const response = await entities(representations);
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toHaveLength(n);
    expect(response.data!._entities.filter(Boolean)).toHaveLength(Math.min(n, slugs.length));
    expect(response.extensions!.queryStats!.sql).toBe(1);
    // Two types, two keys each: one statement per type and key, whatever the number of each.
    const mixed = await entities([...representations, ...fixtures.gates.map((g) => ({ __typename: 'Gate', slug: g.slug }))]);
    expect(mixed.extensions!.queryStats!.sql).toBe(2);
  });

  it.each([
    ['an unknown __typename', [{ __typename: 'Spaceship', id: 'x' }], 'representations[0] names the type "Spaceship", which is not an entity of Plan Graph'],
    ['no __typename', [{ slug: 'cao-bang' }], 'representations[0] names the type null'],
    ['a type without a key field', [{ __typename: 'Province', code: '04' }], 'representations[0] has no key field of Province: give id or slug'],
    ['a key of the wrong type', [{ __typename: 'Province', slug: 4 }], 'representations[0] gives Province.slug as number; keys are strings'],
    ['a null key', [{ __typename: 'Gate', slug: null }], 'representations[0] gives Gate.slug as null; keys are strings'],
    ['a malformed id', [{ __typename: 'Province', id: '%%%' }], 'representations[0] gives a Province.id that cannot be looked up'],
    ['a representation that is not an object', [{ __typename: 'Province', slug: 'cao-bang' }, 'cao-bang'], 'representations[1] is not an object'],
  ])('refuses %s with BAD_USER_INPUT before any SQL', async (_, representations, message) => {
    const response = await entities(representations);
    expect(response.status).toBe(200);
    expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toContain(message);
    expect(response.extensions!.queryStats!.sql).toBe(0);
  });

  it(`refuses a flood of representations (over ${MAX_REPRESENTATIONS}) before execution, and counts each against the node budget`, async () => {
    // 10,000 representations do not even fit in a request body.
    const flood = Array.from({ length: 10_000 }, (_, i) => ({ __typename: 'Province', slug: `p${i}` }));
    const tooLarge = await entities(flood);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    const refused = await entities(flood.slice(0, MAX_REPRESENTATIONS + 1));
    expect(refused.status).toBeLessThan(500);
    expect(refused.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toContain(
      `_entities accepts at most ${MAX_REPRESENTATIONS} representations per request, got ${MAX_REPRESENTATIONS + 1}`,
    );
    expect(refused.data).toBeUndefined();
    expect(refused.extensions?.queryStats?.sql ?? 0).toBe(0);
    // Under the cap, the budget still counts what is asked of each: 1,000 provinces x 100 targets.
    const wide = await api.gql('query($r: [_Any!]!) { _entities(representations: $r) { ... on Province { targets(first: 100) { nodes { key } } } } }', {
      r: flood.slice(0, MAX_REPRESENTATIONS),
    });
    expect(wide.errors![0]!.extensions!.code).toBe('NODE_LIMIT_EXCEEDED');
  });

  it('composes with a second subgraph that extends Province and Gate by slug: no errors, no hints', async () => {
    const composed = composeServices([
      { name: 'plan-graph', url: api.url, typeDefs: parse((await api.gql('{ _service { sdl } }')).data!._service.sdl) },
      { name: 'statistics', url: 'http://statistics.invalid/graphql', typeDefs: parse(statisticsTypeDefs) },
    ]);
    expect(composed.errors ?? []).toEqual([]);
    expect((composed.hints ?? []).map((hint) => hint.toString())).toEqual([]);
    expect(composed.supergraphSdl).toContain('samplePopulation');
  });
});
