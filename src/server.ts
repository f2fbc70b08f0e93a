import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { resolve } from 'node:path';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { EntityManager } from '@mikro-orm/knex';
import { DataVersion } from './cache/data-version.js';
import { ResponseCache } from './cache/response-cache.js';
import { type Context, createContext } from './context.js';
import type { Orm } from './db/orm.js';
import { handleGraphQL, HttpError, sendJson } from './http.js';
import { type PersistedDocuments, PersistedDocumentsCache } from './persisted/persisted-documents.js';
import { servePlayground, wantsPlayground } from './playground/playground.js';
import { createSchema } from './schema.js';

export interface ServerOptions {
  orm: Orm;
  logger: Logger;
  /** Adds `extensions.queryStats` to every response (tests and benchmarks count SQL with it). */
  exposeQueryStats?: boolean;
  /** Where the GraphiQL build is; defaults to dist/playground. */
  playgroundDir?: string;
  /** The SDK's persisted documents, answerable by hash alone. */
  persistedDocuments?: PersistedDocuments;
  /** Serve Apollo Sandbox (from Apollo's CDN) at /graphql instead of the offline playground. */
  apolloSandbox?: boolean;
  /** false: one query per parent (the benchmark's naive variant). */
  batching?: boolean;
  /** Keep whole successful responses until the data changes (ETag/304 for clients). */
  responseCache?: boolean;
  /** How often the cache re-reads the data version, in ms (0: every request). */
  dataVersionTtlMs?: number;
  /** Whether the database is open and complete (`/ready`); by default a `select 1`. */
  readiness?: () => Promise<Readiness>;
}

export interface Readiness {
  ready: boolean;
  /** Why not, in words, when not ready. */
  reason?: string;
}

export interface PlanGraphServer {
  readonly apollo: ApolloServer<Context>;
  readonly httpServer: Server;
  listen(port: number, host?: string): Promise<string>;
  /** Stops taking requests, lets in-flight ones finish, then closes the database. */
  stop(): Promise<void>;
}

/** Logs each operation and, when asked, reports its SQL statement count in the response. */
function operationsPlugin(logger: Logger, exposeQueryStats: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, contextValue, errors }) {
          const sql = contextValue.stats.sql;
          if (exposeQueryStats && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, queryStats: { sql } };
          }
          logger.info(
            {
              operationName: request.operationName ?? null,
              ms: Math.round(performance.now() - started),
              sql,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/** Builds the HTTP server and Apollo without listening, so tests and benchmarks reuse it. */
export async function createServer({
  orm,
  logger,
  exposeQueryStats = false,
  playgroundDir = resolve('dist/playground'),
  persistedDocuments = new Map(),
  apolloSandbox = false,
  batching = true,
  responseCache = false,
  dataVersionTtlMs = 500,
  readiness = async () => {
    await orm.em.getConnection().execute('select 1');
    return { ready: true };
  },
}: ServerOptions): Promise<PlanGraphServer> {
  const schema = await createSchema();
  const httpServer = createHttpServer();
  const apollo = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown; Apollo's own signal handlers (on unless NODE_ENV=test) would race it.
    stopOnTerminationSignals: false,
    persistedQueries: { cache: new PersistedDocumentsCache(persistedDocuments) },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      operationsPlugin(logger, exposeQueryStats),
      // No field sets cache hints (whole responses are cached instead): skip the per-field work.
      ApolloServerPluginCacheControlDisabled(),
      apolloSandbox ? ApolloServerPluginLandingPageLocalDefault({ footer: false }) : ApolloServerPluginLandingPageDisabled(),
    ],
    // Errors without a client-facing code are ours: log them whole, show the client no internals.
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      logger.error({ err: error }, 'internal error while resolving');
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await apollo.start();

  const caching = responseCache ? { cache: new ResponseCache(), version: DataVersion.of(orm.em.fork() as EntityManager, dataVersionTtlMs) } : undefined;

  // The routes: the API, the playground (also /graphql for browsers), health.
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/playground' || path.startsWith('/playground/') || (path === '/graphql' && !apolloSandbox && wantsPlayground(req, url))) {
      return servePlayground(playgroundDir, path, res);
    }
    if (path === '/graphql') return handleGraphQL(apollo, req, res, async () => createContext(orm, { batching }), caching);
    if (path === '/health') {
      await orm.em.getConnection().execute('select 1');
      return sendJson(res, 200, { status: 'ok' });
    }
    if (path === '/ready') {
      const state = await readiness().catch((error: unknown) => ({ ready: false, reason: error instanceof Error ? error.message : String(error) }));
      return sendJson(res, state.ready ? 200 : 503, state.ready ? { status: 'ready' } : { status: 'not ready', reason: state.reason });
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    sendJson(res, 404, { error: `No route ${path}: the API is at /graphql, the playground at /playground, health at /health.` });
  };

  httpServer.on('request', (req, res) => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) logger.error({ err: error }, 'request failed');
      if (!res.headersSent) {
        const message = error instanceof HttpError ? error.message : 'Internal server error';
        sendJson(res, status, { errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
      } else res.end();
    });
  });

  return {
    apollo,
    httpServer,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const { port: bound } = httpServer.address() as AddressInfo;
          resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}/graphql`);
        });
      }),
    async stop() {
      await apollo.stop();
      logger.debug('http server drained');
      await orm.close();
      logger.debug('database closed');
    },
  };
}
