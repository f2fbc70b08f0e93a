import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Context } from './context.js';
import { type ExecutorName, jitGateway } from './execution/executor.js';
import { formatError } from './http/format-error.js';
import { stringifyResult } from './http/stringify.js';
import type { Limits } from './limits/limits.js';
import { limitsPlugin } from './limits/limits.plugin.js';
import { limitRules } from './limits/rules.js';
import type { Throttle } from './limits/throttle.js';
import { requestLog } from './ops/request-log.js';
import { type PersistedDocuments, PersistedDocumentsCache } from './persisted/persisted-documents.js';
import { createSchema } from './schema.js';

/** What Apollo takes of the server's options (server.ts documents them). */
export interface ApolloOptions {
  /** Adds `extensions.queryStats` to every response (tests and benchmarks count SQL with it). */
  exposeQueryStats?: boolean;
  /** The SDK's persisted documents, answerable by hash alone. */
  persistedDocuments?: PersistedDocuments;
  /** Serve Apollo Sandbox (from Apollo's CDN) at /graphql instead of the offline playground. */
  apolloSandbox?: boolean;
  /** On by default in every mode: the data is public, and the playground and codegen need it. */
  introspection?: boolean;
  /** Hide "Did you mean" suggestions (production). */
  hideSchemaDetails?: boolean;
  /** graphql-jit (default) or graphql-js; the test suite runs on both. */
  executor?: ExecutorName;
}

/** Apollo Server over the schema, with the limits, the request log and the HTTP drain, started. */
export async function startApollo(
  options: ApolloOptions,
  { limits, throttle, httpServer }: { limits: Limits; throttle: Throttle; httpServer: Server },
): Promise<ApolloServer<Context>> {
  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    ...((options.executor ?? 'jit') === 'jit' ? { gateway: jitGateway(schema) } : { schema }),
    introspection: options.introspection ?? true,
    hideSchemaDetailsFromClientErrors: options.hideSchemaDetails ?? false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    // A large answer is serialised in time slices, like its execution (limits/pacing.ts).
    stringifyResult: (result) => stringifyResult(result, limits.sliceMs),
    validationRules: limitRules(limits),
    // main.ts owns shutdown; Apollo's own signal handlers (on unless NODE_ENV=test) would race it.
    stopOnTerminationSignals: false,
    persistedQueries: { cache: new PersistedDocumentsCache(options.persistedDocuments ?? new Map()) },
    plugins: [
      // After the drain of server.ts, the requests still running get this long before their sockets
      // are destroyed: 10 s of that drain plus 15 s stay under Kubernetes' default 30 s grace.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 15_000 }),
      limitsPlugin(limits, throttle),
      requestLog(options.exposeQueryStats ?? false),
      // No field sets cache hints (whole responses are cached instead): skip the per-field work.
      ApolloServerPluginCacheControlDisabled(),
      // The schema is a subgraph, so Apollo would add federated tracing (per-field timings for
      // Apollo Studio) whenever a router asks; Plan Graph reports to no studio: no per-field cost.
      ApolloServerPluginInlineTraceDisabled(),
      options.apolloSandbox ? ApolloServerPluginLandingPageLocalDefault({ footer: false }) : ApolloServerPluginLandingPageDisabled(),
    ],
    formatError,
  });
  await apollo.start();
  return apollo;
}
