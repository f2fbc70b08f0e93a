import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { DataVersion } from '../cache/data-version.js';
import { type CachedResponse, ResponseCache } from '../cache/response-cache.js';
import type { Context } from '../context.js';
import type { Limits } from '../limits/limits.js';
import type { Throttle } from '../limits/throttle.js';
import { HttpError, parseBody, readBody } from './body.js';
import { encodeResponse } from './stringify.js';
import type { RequestInfo } from './request-info.js';

/** Errors in a well-formed request's document or variables (not in the HTTP request itself). */
const GRAPHQL_REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'TOKEN_LIMIT_EXCEEDED',
  'NODE_LIMIT_EXCEEDED',
  'READ_ONLY',
]);

export interface ResponseCaching {
  cache: ResponseCache;
  version: DataVersion;
}

export interface GraphQLHandler {
  apollo: ApolloServer<Context>;
  limits: Limits;
  throttle: Throttle;
  context: (info: RequestInfo) => Promise<Context>;
  caching?: ResponseCaching;
}

/** The client's budget as GitHub's REST API shows it. */
function rateLimitHeaders(res: ServerResponse, info: RequestInfo): void {
  const state = info.rateLimit;
  if (!state) return;
  res.setHeader('x-ratelimit-limit', state.limit);
  res.setHeader('x-ratelimit-remaining', state.remaining);
  res.setHeader('x-ratelimit-used', state.used);
  res.setHeader('x-ratelimit-reset', Math.ceil(state.resetAt.getTime() / 1000));
}

/** Successful reads are served again until the data changes; clients revalidate with ETag. */
function sendCached(req: IncomingMessage, res: ServerResponse, { body, etag, headers }: CachedResponse, info: RequestInfo): void {
  for (const [key, value] of headers) res.setHeader(key, value);
  res.setHeader('etag', etag);
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('x-cache', info.cache!);
  rateLimitHeaders(res, info);
  if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
  res.setHeader('content-length', body.length);
  res.writeHead(200).end(body);
}

/** The document's text, refused before parsing when it is over the size limit. */
function checkDocumentSize(request: unknown, max: number): void {
  const query = request && typeof request === 'object' ? (request as { query?: unknown }).query : undefined;
  const size = typeof query === 'string' ? Buffer.byteLength(query) : 0;
  if (size > max)
    throw new HttpError(400, 'DOCUMENT_TOO_LARGE', `The query document is ${size} bytes; at most ${max} are allowed. Send a smaller query or a persisted one.`);
}

/**
 * One GraphQL request: throttle precheck, bounded body, document size, then the response cache
 * (whose keys carry everything Apollo checks), then Apollo, then the response-size backstop.
 */
export async function handleGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  info: RequestInfo,
  { apollo, limits, throttle, context, caching }: GraphQLHandler,
): Promise<void> {
  await throttle.precheck(info);
  const method = req.method!.toUpperCase();
  const search = new URL(req.url!, 'http://localhost').search;
  const raw = method === 'POST' ? await readBody(req, limits.maxBodyBytes) : undefined;
  const body = parseBody(req, raw);
  const params = method === 'GET' ? Object.fromEntries(new URLSearchParams(search)) : body;
  checkDocumentSize(params, limits.maxQueryBytes);

  const key = caching && ResponseCache.isCacheableRead(params) ? ResponseCache.key(req, raw ?? search) : null;
  const version = key ? await caching!.version.current() : null;
  const cached = key ? caching!.cache.get(key, version) : undefined;
  if (cached) {
    Object.assign(info, { cache: 'HIT', operationName: cached.operationName, cost: cached.cost });
    if (cached.cost) info.rateLimit = await throttle.consume(info, cached.cost.points);
    return sendCached(req, res, cached, info);
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const request: HTTPGraphQLRequest = { method, headers, search, body };
  let requestContext: Context | undefined;
  try {
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: async () => (requestContext = await context(info)) });
    await send(req, res, info, response, { limits, caching, key, version });
  } finally {
    await requestContext?.finish();
  }
}

/** Writes Apollo's response (and keeps it in the cache when it may be reused). */
async function send(
  req: IncomingMessage,
  res: ServerResponse,
  info: RequestInfo,
  response: HTTPGraphQLResponse,
  { limits, caching, key, version }: Pick<GraphQLHandler, 'limits' | 'caching'> & { key: string | null; version: string | null },
): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  rateLimitHeaders(res, info);
  res.statusCode = response.status ?? 200;
  if (response.body.kind !== 'complete') {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    return void res.end();
  }
  let bytes = await encodeResponse(response.body.string, limits.sliceMs);
  if (bytes.length > limits.maxResponseBytes) {
    // A backstop behind the node budget: long texts can still add up.
    info.errorCodes.push('RESPONSE_TOO_LARGE');
    res.statusCode = 400;
    const error = {
      message: `The response would be larger than ${limits.maxResponseBytes} bytes, the most this API sends. Ask for fewer items or fields.`,
      extensions: { code: 'RESPONSE_TOO_LARGE', limit: limits.maxResponseBytes },
    };
    bytes = Buffer.from(JSON.stringify({ errors: [error] }));
  }
  // The GraphQL-over-HTTP spec: a client that accepts only application/json gets request errors
  // (parse, validation, variables, limits) with 200; application/graphql-response+json gets 4xx.
  const requestErrors = info.errorCodes.length > 0 && info.errorCodes.every((code) => GRAPHQL_REQUEST_ERRORS.has(code));
  if (res.statusCode === 400 && requestErrors && String(res.getHeader('content-type')).startsWith('application/json')) res.statusCode = 200;
  // Only whole, error-free answers that do not depend on the caller are kept.
  if (key && res.statusCode === 200 && !info.uncacheable && !info.errorCodes.length && !response.body.string.startsWith('{"errors"')) {
    // A buffer of its own: Buffer.from slices small bodies from Node's shared 8 KB pool, and each
    // cached slice would keep a whole pool block alive (RSS far above the cache's byte bound).
    let body = bytes;
    if (bytes.byteLength !== bytes.buffer.byteLength) {
      body = Buffer.allocUnsafeSlow(bytes.byteLength);
      bytes.copy(body);
    }
    const entry: CachedResponse = {
      version,
      body,
      etag: ResponseCache.etag(body),
      headers: [...response.headers],
      operationName: info.operationName,
      cost: info.cost,
    };
    caching!.cache.set(key, entry);
    info.cache = 'MISS';
    return sendCached(req, res, entry, info);
  }
  res.end(bytes);
}
