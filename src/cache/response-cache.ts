import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LRUCache } from 'lru-cache';

export interface CachedResponse {
  /** The data version the response was computed from. */
  version: string | null;
  /** Encoded once, sent as is on every hit. */
  body: Buffer;
  etag: string;
  headers: [string, string][];
  /** What the original request cost and was called, so a hit is charged and logged the same. */
  operationName: string | null;
  cost?: { requested: number; actual?: number; points: number };
}

export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * Whole responses of successful GraphQL reads, bounded by their total bytes (lru-cache). Entries
 * belong to one data version: a new import makes them all misses. Local to the process.
 *
 * The key holds everything Apollo's request checks look at (method, Content-Type, Accept, the
 * CSRF-preflight headers and the request text), so a hit only ever answers a request Apollo
 * would have accepted: a request it would refuse has another key and goes to Apollo.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;

  constructor(maxBytes = DEFAULT_CACHE_BYTES) {
    this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry, key) => entry.body.length + key.length + 256 });
  }

  static key(req: IncomingMessage, request: string): string | null {
    const method = req.method?.toUpperCase();
    if (method !== 'GET' && method !== 'POST') return null;
    const h = req.headers;
    const preflight = Boolean(h['apollo-require-preflight'] || h['x-apollo-operation-name']);
    return `${method}\n${h.accept ?? ''}\n${h['content-type'] ?? ''}\n${preflight}\n${request}`;
  }

  /** A query (by text or persisted hash), never a mutation. */
  static isCacheableRead(body: unknown): boolean {
    if (!body || typeof body !== 'object') return false;
    const { query, extensions } = body as Record<string, unknown>;
    const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    if (typeof query === 'string') return !/^\s*(mutation|subscription)\b/.test(query);
    return typeof hash === 'string';
  }

  static etag(body: Buffer): string {
    return `"${createHash('sha1').update(body).digest('base64url')}"`;
  }

  get(key: string, version: string | null): CachedResponse | undefined {
    const entry = this.entries.get(key);
    return entry?.version === version ? entry : undefined;
  }

  set(key: string, entry: CachedResponse): void {
    this.entries.set(key, entry);
  }

  get bytes(): number {
    return this.entries.calculatedSize;
  }
}
