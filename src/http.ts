import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
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
async function parseBody(req: IncomingMessage): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const raw = await readBody(req);
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

/** Hands one HTTP request to Apollo, the same way Apollo's standalone server does. */
export async function handleGraphQL(apollo: ApolloServer<Context>, req: IncomingMessage, res: ServerResponse, context: () => Promise<Context>): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const request: HTTPGraphQLRequest = {
    method: req.method!.toUpperCase(),
    headers,
    search: new URL(req.url!, 'http://localhost').search,
    body: await parseBody(req),
  };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
