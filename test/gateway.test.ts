// First: the schema's type order follows the order its modules load in (as in npm run schema).
import '../src/schema.js';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStatisticsSubgraph, typeDefs as statisticsTypeDefs } from '../examples/statistics-subgraph/server.js';
import type { Dataset } from '../src/import/dataset.js';
import type { ThrottleConfig } from '../src/limits/throttle.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { MAX_REPRESENTATIONS } from '../src/federation/subgraph.js';
import { doubled, FIXTURES_DIR, startTestServer } from './helpers.js';

/** A supergraph of Plan Graph (a real server) and the sample statistics subgraph, run by @apollo/gateway in process. */
async function supergraph(dataset: Dataset, slugs: readonly string[], throttle?: Partial<ThrottleConfig>) {
  const planGraph = await startTestServer(dataset, { throttle });
  const statistics = await startStatisticsSubgraph({ slugs });
  const sdl = (await planGraph.gql('{ _service { sdl } }')).data!._service.sdl as string;
  const composed = composeServices([
    { name: 'plan-graph', url: planGraph.url, typeDefs: parse(sdl) },
    { name: 'statistics', url: statistics.url, typeDefs: parse(statisticsTypeDefs) },
  ]);
  if (composed.errors) throw new Error(composed.errors.join('\n'));
  // Plan Graph's answers carry their SQL count (exposeQueryStats): summed per gateway request.
  const sql = { planGraph: 0 };
  class Counting extends RemoteGraphQLDataSource {
    override async didReceiveResponse({
      response,
    }: Required<Pick<GraphQLDataSourceProcessOptions, 'request'>> & { response: { extensions?: Record<string, unknown> } }) {
      sql.planGraph += (response.extensions?.queryStats as { sql?: number } | undefined)?.sql ?? 0;
      return response as never;
    }
  }
  const gateway = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl, buildService: ({ url }) => new Counting({ url }) }),
  });
  await gateway.start();
  return {
    async query(query: string) {
      sql.planGraph = 0;
      const response = await gateway.executeOperation({ query });
      const body = response.body.kind === 'single' ? response.body.singleResult : null;
      return { ...body!, sql: sql.planGraph };
    },
    async stop() {
      await gateway.stop();
      await Promise.all([planGraph.stop(), statistics.stop()]);
    },
  };
}

const BOTH = `{
  provinces(first: 100) { nodes { slug name samplePopulation { year value } gates(first: 10) { nodes { slug sampleMonthlyCrossings { month value } } } } }
}`;
// Starts in the statistics subgraph: the gateway asks Plan Graph's _entities for each province.
const RANKING = `{ sampleRanking { slug name samplePopulation { year value } targets(first: 5) { nodes { key progress { status } } } } }`;

describe('Plan Graph under an Apollo gateway', () => {
  let fixtures: Dataset;
  let small: Awaited<ReturnType<typeof supergraph>>;
  let large: Awaited<ReturnType<typeof supergraph>>;
  beforeAll(async () => {
    fixtures = await readFixtures(FIXTURES_DIR);
    // Twice the provinces, each with all it holds.
    const more = doubled(fixtures);
    [small, large] = await Promise.all([
      supergraph(
        fixtures,
        fixtures.provinces.map((p) => p.slug),
      ),
      supergraph(
        more,
        more.provinces.map((p) => p.slug),
      ),
    ]);
  });
  afterAll(async () => Promise.all([small?.stop(), large?.stop()]));

  it('answers one query with fields of both subgraphs', async () => {
    const { data, errors } = await small.query(BOTH);
    expect(errors).toBeUndefined();
    const nodes = (
      data as {
        provinces: {
          nodes: { slug: string; name: string; samplePopulation: unknown[]; gates: { nodes: { slug: string; sampleMonthlyCrossings: unknown[] }[] } }[];
        };
      }
    ).provinces.nodes;
    expect(nodes.map((p) => p.name).sort()).toEqual(fixtures.provinces.map((p) => p.name).sort());
    const caoBang = nodes.find((p) => p.slug === 'cao-bang')!;
    expect(caoBang.samplePopulation).toHaveLength(4);
    expect(caoBang.gates.nodes.length).toBeGreaterThan(0);
    for (const gate of caoBang.gates.nodes) expect(gate.sampleMonthlyCrossings).toHaveLength(3);
  });

  it("resolves the other subgraph's provinces through _entities, with Plan Graph's SQL count constant as provinces grow", async () => {
    const [a, b] = [await small.query(RANKING), await large.query(RANKING)];
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const ranked = (r: typeof a) => (r.data as { sampleRanking: { slug: string; name: string }[] }).sampleRanking;
    expect(ranked(a)).toHaveLength(fixtures.provinces.length);
    expect(ranked(b)).toHaveLength(fixtures.provinces.length * 2);
    const names = new Map(fixtures.provinces.map((p) => [p.slug, p.name]));
    for (const p of ranked(a)) expect(p.name).toBe(names.get(p.slug));
    expect(a.sql).toBeGreaterThan(0);
    expect(b.sql).toBe(a.sql);
    const [c, d] = [await small.query(BOTH), await large.query(BOTH)];
    expect(d.sql).toBe(c.sql);
  });

  it("keeps Plan Graph's limits for what the gateway sends: depth, and the node budget of _entities", async () => {
    const deep = await small.query(
      `{ sampleRanking { decisions { nodes { targets { nodes { decision { targets { nodes { decision { targets { nodes { decision { targets { nodes { key } } } } } } } } } } } } } } }`,
    );
    expect(deep.errors?.[0]?.extensions?.code).toBe('DEPTH_LIMIT_EXCEEDED');
    const wide = await small.query(`{ sampleRanking { decisions(first: 100) { nodes { targets(first: 100) { nodes { decision { key } } } } } } }`);
    expect(wide.errors?.[0]?.extensions?.code).toBe('NODE_LIMIT_EXCEEDED');
  });

  it("throttles the gateway as one client (the router's address) once its points are spent", async () => {
    const throttled = await supergraph(fixtures, ['cao-bang'], { loopback: true, points: 3 });
    try {
      // Each request spends a point or more on Plan Graph. @apollo/gateway turns the 429 into an
      // error of its own, with Plan Graph's answer (status, body and code) under extensions.response.
      const refusals: unknown[] = [];
      for (let i = 0; i < 5; i++) refusals.push((await throttled.query(RANKING)).errors?.[0]?.extensions?.response ?? null);
      expect(refusals[0]).toBeNull();
      expect(refusals.at(-1)).toMatchObject({ status: 429, body: { errors: [{ extensions: { code: 'RATE_LIMITED' } }] } });
    } finally {
      await throttled.stop();
    }
  });

  it(`refuses a representation flood (over ${MAX_REPRESENTATIONS}) that the gateway would send`, async () => {
    const flood = await supergraph(
      fixtures,
      Array.from({ length: MAX_REPRESENTATIONS + 1 }, (_, i) => `sample-${i}`),
    );
    try {
      const { errors, sql } = await flood.query(`{ sampleRanking { name } }`);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toContain(`_entities accepts at most ${MAX_REPRESENTATIONS} representations`);
      expect(sql).toBe(0);
    } finally {
      await flood.stop();
    }
  });
});
