import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { EntityManager } from '@mikro-orm/knex';
import { DataVersion } from './cache/data-version.js';
import { DEFAULT_CACHE_BYTES, ResponseCache } from './cache/response-cache.js';
import type { ApolloServer } from '@apollo/server';
import { type ApolloOptions, startApollo } from './apollo.js';
import { type Context, createContext } from './context.js';
import type { Orm } from './orm.js';
import { sendError, sendJson, toHttpError } from './http/body.js';
import { applyCors, type CorsOrigins } from './http/cors.js';
import { Drain } from './http/drain.js';
import { handleGraphQL } from './http/graphql-handler.js';
import { RequestInfo } from './http/request-info.js';
import { DEFAULT_HTTP_LIMITS, DEFAULT_LIMITS, type HttpLimits, type Limits } from './limits/limits.js';
import { throttleStore } from './limits/throttle-store.js';
import { DEFAULT_THROTTLE, Throttle, type ThrottleConfig } from './limits/throttle.js';
import { Metrics } from './ops/metrics.js';
import { logRequest } from './ops/request-log.js';
import { operationNames } from './persisted/persisted-documents.js';
import { serveDashboard } from './dashboard/dashboard.js';
import { serveExport } from './export/export.js';
import { servePlayground, wantsPlayground } from './playground/playground.js';

export interface ServerOptions extends ApolloOptions {
  orm: Orm;
  logger: Logger;
  /** Where the GraphiQL build is; defaults to dist/playground. */
  playgroundDir?: string;
  /** false: one query per parent (the benchmark's naive variant). */
  batching?: boolean;
  /** Keep whole successful responses until the data changes (ETag/304 for clients). */
  responseCache?: boolean;
  responseCacheBytes?: number;
  /** How often the cache re-reads the data version, in ms (0: every request). */
  dataVersionTtlMs?: number;
  /** Whether the database is open and complete (`/ready`); by default a `select 1`. */
  readiness?: () => Promise<Readiness>;
  limits?: Limits;
  httpLimits?: HttpLimits;
  throttle?: ThrottleConfig;
  corsOrigins?: CorsOrigins;
}

export interface Readiness {
  ready: boolean;
  /** Why not, in words, when not ready. */
  reason?: string;
}

export interface PlanGraphServer {
  readonly apollo: ApolloServer<Context>;
  readonly httpServer: Server;
  readonly metrics: Metrics;
  listen(port: number, host?: string): Promise<string>;
  /** Stops taking requests, lets in-flight ones finish, then closes the database. */
  stop(): Promise<void>;
}

/** Builds the HTTP server and Apollo without listening, so tests and benchmarks reuse it. */
export async function createServer(options: ServerOptions): Promise<PlanGraphServer> {
  const { orm, logger, playgroundDir = resolve('dist/playground'), persistedDocuments = new Map(), apolloSandbox = false } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { maxConnections, headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = options.httpLimits ?? DEFAULT_HTTP_LIMITS;
  const readiness = options.readiness ?? (async () => (await orm.em.getConnection().execute('select 1'), { ready: true }));
  const throttleConfig = options.throttle ?? DEFAULT_THROTTLE;
  const throttle = new Throttle(throttleConfig, logger, await throttleStore(orm, throttleConfig));
  const metrics = new Metrics(operationNames(persistedDocuments));

  const httpServer = createHttpServer({
    headersTimeout: headersTimeoutMs,
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    connectionsCheckingInterval: 1000,
  });
  httpServer.maxConnections = maxConnections;
  const apollo = await startApollo(options, { limits, throttle, httpServer });

  const caching = options.responseCache
    ? {
        cache: new ResponseCache(options.responseCacheBytes ?? DEFAULT_CACHE_BYTES),
        version: DataVersion.of(orm.em.fork() as EntityManager, options.dataVersionTtlMs ?? 500),
      }
    : undefined;
  const graphql = {
    apollo,
    limits,
    throttle,
    caching,
    context: async (info: RequestInfo) => createContext(orm, info, { batching: options.batching, sliceMs: limits.sliceMs }),
  };

  // Shutdown drains (http/drain.ts): what clients already sent on open sockets is still answered.
  const drain = new Drain();

  // The routes: the API, the playground (also /graphql for browsers), health, readiness, metrics.
  const route = async (req: IncomingMessage, res: ServerResponse, info: RequestInfo, path: string, api: boolean): Promise<void> => {
    if (applyCors(req, res, options.corsOrigins ?? '*')) return;
    if (api) return handleGraphQL(req, res, info, graphql);
    if (path === '/playground' || path.startsWith('/playground/') || path === '/graphql') return servePlayground(playgroundDir, path, res);
    if (path === '/dashboard' || path.startsWith('/dashboard/')) return serveDashboard(resolve('dist/dashboard'), path, res);
    if (path.startsWith('/export/')) return serveExport(orm, path, req, res);
    if (path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/ready') {
      if (drain.stopping) return sendJson(res, 503, { status: 'not ready', reason: 'shutting down' });
      const state = await readiness().catch((error: unknown) => ({ ready: false, reason: error instanceof Error ? error.message : String(error) }));
      return sendJson(res, state.ready ? 200 : 503, state.ready ? { status: 'ready' } : { status: 'not ready', reason: state.reason });
    }
    if (path === '/metrics') return void res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(await metrics.registry.metrics());
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    sendJson(res, 404, {
      error: `No route ${path}: the API is at /graphql, the playground at /playground, the example dashboard at /dashboard, exports at /export/<type>.csv or .jsonl, health at /health, readiness at /ready, metrics at /metrics.`,
    });
  };

  httpServer.on('request', (req, res) => {
    drain.track(res);
    const info = RequestInfo.from(req, { timeoutMs: limits.timeoutMs, trustProxy: options.throttle?.trustProxy ?? false });
    res.setHeader('x-request-id', info.id);
    const url = new URL(req.url ?? '/', 'http://localhost');
    // /graphql is the API, except for a browser asking for a page (then the playground).
    const api = url.pathname === '/graphql' && (apolloSandbox || !wantsPlayground(req, url));
    res.once('finish', () => {
      if (!api) return;
      metrics.observe(info, res.statusCode);
      logRequest(logger, info, res.statusCode);
    });
    route(req, res, info, url.pathname, api).catch((error: unknown) => {
      const refusal = toHttpError(error);
      if (refusal.status === 500) info.internalError ??= { message: String((error as Error)?.message ?? error).slice(0, 500), count: 1 };
      info.errorCodes.push(refusal.code);
      if (!res.headersSent) sendError(req, res, refusal);
      else res.end();
    });
  });

  return {
    apollo,
    httpServer,
    metrics,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const { port: bound } = httpServer.address() as AddressInfo;
          resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}/graphql`);
        });
      }),
    async stop() {
      await drain.settle();
      // Apollo's drain then closes the sockets left idle and waits for any last request.
      await apollo.stop();
      logger.debug('http server drained');
      await orm.close();
      logger.debug('database closed');
    },
  };
}
