import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import type { DataVersion } from './cache/data-version.js';
import { type CachedResponse, ResponseCache } from './cache/response-cache.js';
import type { Context } from './context.js';

const MAX_BODY_BYTES = 1_000_000;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `Request body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body; Apollo itself explains a missing or wrong content type. */
function parseBody(req: IncomingMessage, raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  if (!/json/i.test(req.headers['content-type'] ?? '')) return raw;
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON: send {"query": "...", "variables": {...}}.');
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export interface ResponseCaching {
  cache: ResponseCache;
  version: DataVersion;
}

/** Successful reads are served again until the data changes; clients revalidate with ETag. */
function sendCached(req: IncomingMessage, res: ServerResponse, { body, etag, headers }: CachedResponse, hit: boolean): void {
  for (const [key, value] of headers) res.setHeader(key, value);
  res.setHeader('etag', etag);
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('x-cache', hit ? 'HIT' : 'MISS');
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304).end();
    return;
  }
  res.setHeader('content-length', body.length);
  res.writeHead(200).end(body);
}

/** Hands one HTTP request to Apollo, the same way Apollo's standalone server does. */
export async function handleGraphQL(
  apollo: ApolloServer<Context>,
  req: IncomingMessage,
  res: ServerResponse,
  context: () => Promise<Context>,
  caching?: ResponseCaching,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method!.toUpperCase();
  const search = new URL(req.url!, 'http://localhost').search;
  const raw = method === 'POST' ? await readBody(req) : undefined;
  // A hit is found from the request's raw text: only reads that were cacheable are ever stored.
  const key = caching ? ResponseCache.key(method, raw ?? search, req.headers.accept) : null;
  const version = key ? await caching!.version.current() : null;
  const cached = key ? caching!.cache.get(key, version) : undefined;
  if (cached) return sendCached(req, res, cached, true);

  const request: HTTPGraphQLRequest = { method, headers, search, body: parseBody(req, raw) };
  const cacheable = key !== null && ResponseCache.isCacheableRead(method === 'GET' ? Object.fromEntries(new URLSearchParams(search)) : request.body);

  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context });
  // Only whole, error-free answers are kept (Apollo writes `errors` first when there are any).
  if (cacheable && response.body.kind === 'complete' && (response.status ?? 200) === 200 && !response.body.string.startsWith('{"errors"')) {
    const body = Buffer.from(response.body.string);
    const entry: CachedResponse = { version, body, etag: ResponseCache.etag(body), headers: [...response.headers] };
    caching!.cache.set(key!, entry);
    return sendCached(req, res, entry, false);
  }
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
