import { createHash } from 'node:crypto';

export interface CachedResponse {
  /** The data version the response was computed from. */
  version: string | null;
  /** Encoded once, sent as is on every hit. */
  body: Buffer;
  etag: string;
  headers: [string, string][];
}

/**
 * Whole responses of successful GraphQL reads, keyed by the request's text (POST body or GET query
 * string) and Accept. Entries belong to one data version: a new import makes them all
 * misses. A bounded LRU (a Map keeps insertion order), local to the process: replicas each warm their own.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();

  constructor(private readonly maxEntries = 1000) {}

  static key(method: string, request: string, accept: string | undefined): string | null {
    return method === 'GET' || method === 'POST' ? `${method} ${accept ?? ''}\n${request}` : null;
  }

  /** A query (by text or persisted hash), never a mutation: there are none yet, and edits will invalidate. */
  static isCacheableRead(body: unknown): boolean {
    if (!body || typeof body !== 'object') return false;
    const { query, extensions } = body as Record<string, unknown>;
    const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    if (typeof query === 'string') return !/^\s*mutation\b/.test(query);
    return typeof hash === 'string';
  }

  static etag(body: Buffer): string {
    return `"${createHash('sha1').update(body).digest('base64url')}"`;
  }

  get(key: string, version: string | null): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry?.version !== version) return undefined;
    if (entry) {
      // Refresh its place in the LRU order.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
