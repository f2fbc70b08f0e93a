import { readFile } from 'node:fs/promises';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';

/** Operation hash -> document text, as graphql-codegen writes it to persisted-documents.json. */
export type PersistedDocuments = ReadonlyMap<string, string>;

export async function loadPersistedDocuments(path: string): Promise<PersistedDocuments> {
  const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(manifest));
}

/** The operation names of the documents: the only names that label metrics. */
export function operationNames(documents: PersistedDocuments): Set<string> {
  return new Set([...documents.values()].flatMap((text) => [...text.matchAll(/\b(?:query|mutation|subscription)\s+(\w+)/g)].map((m) => m[1]!)));
}

/**
 * Apollo's persisted-query cache, answered first from the SDK's manifest: a client built from our
 * SDK can send only `extensions.persistedQuery.sha256Hash`, even to a freshly started replica.
 * Hashes clients register themselves (automatic persisted queries) go to a bounded LRU.
 */
export class PersistedDocumentsCache implements KeyValueCache<string> {
  private readonly registered = new InMemoryLRUCache<string>();

  constructor(
    private readonly documents: PersistedDocuments,
    // Apollo prefixes every key it uses.
    private readonly prefix = 'apq:',
  ) {}

  async get(key: string): Promise<string | undefined> {
    return (key.startsWith(this.prefix) ? this.documents.get(key.slice(this.prefix.length)) : undefined) ?? this.registered.get(key);
  }

  set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    return this.registered.set(key, value, options);
  }

  delete(key: string): Promise<boolean | void> {
    return this.registered.delete(key);
  }
}
