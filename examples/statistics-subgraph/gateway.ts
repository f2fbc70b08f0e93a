import { readFileSync } from 'node:fs';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { startStatisticsSubgraph } from './server.js';

// `npx tsx examples/statistics-subgraph/gateway.ts`, with Plan Graph running (npm start): the sample
// statistics subgraph on :4002 and an Apollo gateway over both on :4001 (README: Plan Graph in your supergraph).
// With --query FILE, runs that query through the gateway once, prints the answer and stops.
const planGraph = process.env.PLAN_GRAPH_URL ?? 'http://localhost:4000/graphql';
const statistics = await startStatisticsSubgraph({ port: Number(process.env.STATISTICS_PORT ?? 4002) });
const gateway = new ApolloServer({
  gateway: new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({
      subgraphs: [
        { name: 'plan-graph', url: planGraph },
        { name: 'statistics', url: statistics.url },
      ],
    }),
  }),
});
const queryFile = process.argv.indexOf('--query');
if (queryFile > 0) {
  await gateway.start();
  const response = await gateway.executeOperation({ query: readFileSync(process.argv[queryFile + 1]!, 'utf8') });
  process.stdout.write(`${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult : null, null, 2)}\n`);
  await gateway.stop();
  await statistics.stop();
} else {
  const { url } = await startStandaloneServer(gateway, { listen: { port: Number(process.env.GATEWAY_PORT ?? 4001) } });
  process.stdout.write(`gateway at ${url} over Plan Graph (${planGraph}) and the sample statistics subgraph (${statistics.url})\n`);
}
