import type { IncomingMessage, ServerResponse } from 'node:http';

/** CORS_ORIGINS: `*` (the default: the data is public and no credentials are used) or a comma-separated list. */
export type CorsOrigins = '*' | ReadonlySet<string>;

export function parseCorsOrigins(value: string | undefined): CorsOrigins {
  if (value === undefined || value.trim() === '' || value.trim() === '*') return '*';
  return new Set(value.split(',').map((origin) => origin.trim().replace(/\/$/, '')));
}

const ALLOWED_HEADERS =
  'content-type, accept, apollo-require-preflight, x-apollo-operation-name, apollographql-client-name, apollographql-client-version, if-none-match, x-request-id';
const EXPOSED_HEADERS = 'x-request-id, etag, x-cache, retry-after, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-used, x-ratelimit-reset';

/** Sets the CORS headers; answers a preflight itself and returns true when it did. */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: CorsOrigins): boolean {
  const origin = req.headers.origin;
  if (origins === '*') res.setHeader('access-control-allow-origin', '*');
  else {
    res.setHeader('vary', 'origin');
    if (origin && origins.has(origin)) res.setHeader('access-control-allow-origin', origin);
  }
  res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}
