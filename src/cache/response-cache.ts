import { createHash } from 'node:crypto';

export interface CachedResponse {
  /** The data version the response was computed from. */
  version: string | null;
  body: string;
  etag: string;
  headers: [string, string][];
}

/**
 * Whole responses of successful GraphQL reads, keyed by operation text or persisted hash, operation
 * name, variables and Accept. Entries belong to one data version: a new import makes them all
 * misses. A bounded LRU (a Map keeps insertion order), local to the process: replicas each warm their own.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();

  constructor(private readonly maxEntries = 1000) {}

  static key(body: unknown, accept: string | undefined): string | null {
    if (!body || typeof body !== 'object') return null;
    const { query, operationName, variables, extensions } = body as Record<string, unknown>;
    const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    if (typeof query !== 'string' && typeof hash !== 'string') return null;
    // Mutations are never cached (there are none yet; edits will come with their own invalidation).
    if (typeof query === 'string' && /^\s*mutation\b/.test(query)) return null;
    return JSON.stringify([query ?? null, hash ?? null, operationName ?? null, variables ?? null, accept ?? null]);
  }

  static etag(body: string): string {
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
