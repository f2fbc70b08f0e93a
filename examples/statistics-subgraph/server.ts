import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/** A number from 0 to 1 that depends only on the text: the sample figures are synthetic, and repeatable. */
function unit(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
  return (hash >>> 0) / 2 ** 32;
}

const YEARS = [2021, 2022, 2023, 2024];
const MONTHS = ['2025-01', '2025-02', '2025-03'];

/** The sample's provinces: Plan Graph's slugs of the two seed provinces, unless the caller gives others (tests). */
const DEFAULT_SLUGS = ['cao-bang', 'lang-son'];

const population = (slug: string, i = 0) => Math.round(500_000 + unit(slug) * 1_500_000) + i * 5_000;

const resolversFor = (slugs: readonly string[]) => ({
  Query: {
    sampleRanking: () => [...slugs].sort((a, b) => population(b) - population(a)).map((slug) => ({ slug })),
  },
  Province: {
    __resolveReference: ({ slug }: { slug: string }) => ({ slug }),
    samplePopulation: ({ slug }: { slug: string }) => YEARS.map((year, i) => ({ year, value: population(slug, i) })),
  },
  Gate: {
    __resolveReference: ({ slug }: { slug: string }) => ({ slug }),
    sampleMonthlyCrossings: ({ slug }: { slug: string }) => MONTHS.map((month) => ({ month, value: Math.round(unit(`${slug}${month}`) * 10_000) })),
  },
});

export const typeDefs = readFileSync(new URL('schema.graphql', import.meta.url), 'utf8');

/** The sample statistics subgraph on a loopback port (0: any free one); resolves with its URL and a stop function. */
export async function startStatisticsSubgraph({ port = 0, slugs = DEFAULT_SLUGS }: { port?: number; slugs?: readonly string[] } = {}): Promise<{
  url: string;
  stop: () => Promise<void>;
}> {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolversFor(slugs) }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

// `npx tsx examples/statistics-subgraph/server.ts`: serves it on port 4002.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startStatisticsSubgraph({ port: 4002 });
  process.stdout.write(`sample statistics subgraph at ${url}\n`);
}
