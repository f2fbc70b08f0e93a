import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';

/** A refusal made before Apollo sees the request, sent as a GraphQL-shaped error. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const tooLarge = (max: number) =>
  new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${max} bytes, the most this API accepts.`, { connection: 'close' });

/** Reads the body up to `max` bytes; a larger one is refused with 413 (before reading it when the length is declared). */
export async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) throw tooLarge(max);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw tooLarge(max);
    chunks.push(chunk);
  }
  // Invalid UTF-8 becomes U+FFFD, which GraphQL then reports as an unexpected character.
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body; Apollo itself explains a missing or wrong content type. */
export function parseBody(req: IncomingMessage, raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  if (!/json/i.test(req.headers['content-type'] ?? '')) return raw;
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON: send {"query": "...", "variables": {...}}.');
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Sends a refusal. When the client is still sending a body we will not read, it is drained (up
 * to a bound) before the socket closes, so the client reads the answer instead of a reset.
 */
export function sendError(req: IncomingMessage, res: ServerResponse, error: HttpError): void {
  if (!req.complete) {
    let drained = 0;
    req.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > 64 * 1024 * 1024) req.destroy();
    });
  }
  sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] }, error.headers);
}

/** A refusal raised as a GraphQLError with an HTTP status (a limit) becomes an HttpError; anything else is ours: 500. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const http = error instanceof GraphQLError ? (error.extensions.http as { status?: number; headers?: Map<string, string> } | undefined) : undefined;
  if (error instanceof GraphQLError && http?.status && http.status < 500) {
    return new HttpError(http.status, String(error.extensions.code ?? 'BAD_REQUEST'), error.message, Object.fromEntries(http.headers ?? []));
  }
  return new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}
