import type { EntityManager } from '@mikro-orm/knex';
import { dataStamp, writeDataVersion } from '../cache/data-version.js';
import type { Orm } from '../db/driver.js';
import { ensureSchema, markComplete } from '../db/schema-version.js';
import { rebuildSearchIndex } from '../search/search.index.js';
import { checkDataset } from './check-dataset.js';
import type { Dataset } from './dataset.js';
import { chunks } from './row-helpers.js';
import { toRows } from './rows.js';

/**
 * Replaces the whole database content with the dataset, in one transaction: on any error the
 * database is left exactly as it was. Importing the same fixtures twice changes nothing.
 */
export async function importDataset(orm: Orm, data: Dataset): Promise<Record<string, number>> {
  checkDataset(data);
  const { tables, pivots } = toRows(data, orm.getMetadata());
  await ensureSchema(orm);
  const em = orm.em.fork() as EntityManager;
  const counts: Record<string, number> = {};
  await em.transactional(async (tx) => {
    const knex = tx.getKnex();
    // Children before parents, so no foreign key is ever left dangling: the pivots first, then the
    // tables in reverse load order.
    for (const { table } of pivots) await tx.execute(knex(table).delete());
    for (const [entity] of [...tables].reverse()) await tx.nativeDelete(entity, {});
    for (const [entity, rows] of tables) {
      for (const chunk of chunks(rows)) await tx.insertMany(entity, chunk);
      counts[entity.name] = rows.length;
    }
    for (const { table, rows } of pivots) {
      for (const chunk of chunks(rows)) await tx.execute(knex(table).insert(chunk));
      counts[table] = rows.length;
    }
    // Same transaction: the search index and the cache stamp never disagree with the data.
    counts.search_index = await rebuildSearchIndex(tx);
    await writeDataVersion(tx, dataStamp(data));
    // Last, so that a database holding this row holds everything above it.
    await markComplete(tx, counts);
  });
  return counts;
}
