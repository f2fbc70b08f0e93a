import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { META_TABLE } from '../db/schema-version.js';

/** The import stamps the data it loaded; cached responses are only valid for the same stamp. */
export function dataStamp(dataset: unknown): string {
  return createHash('sha256').update(JSON.stringify(dataset)).digest('hex').slice(0, 16);
}

export async function writeDataVersion(em: EntityManager, stamp: string): Promise<void> {
  await em.execute(em.getKnex()(META_TABLE).insert({ key: 'data', value: stamp }).onConflict('key').merge());
}

/**
 * The stamp of the data in the database, re-read at most every `ttlMs`, so an import by another
 * process (npm run import) reaches a running server's cache within that time.
 */
export class DataVersion {
  private value: string | null = null;
  private readAt = -Infinity;

  constructor(
    private readonly read: () => Promise<string | null>,
    private readonly ttlMs = 500,
  ) {}

  static of(em: EntityManager, ttlMs?: number): DataVersion {
    return new DataVersion(async () => {
      const rows = await em.execute<{ value: string }[]>(em.getKnex()(META_TABLE).select('value').where({ key: 'data' }));
      return rows[0]?.value ?? null;
    }, ttlMs);
  }

  async current(): Promise<string | null> {
    const now = performance.now();
    if (now - this.readAt >= this.ttlMs) {
      this.value = await this.read();
      this.readAt = now;
    }
    return this.value;
  }
}
