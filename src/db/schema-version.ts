import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { SEARCH_TABLE_DDL } from '../search/search.index.js';
import type { Orm } from './orm.js';

// The database is a build of the fixtures, so its schema is never migrated in place: when the
// entities change, the fingerprint of their DDL changes and the schema is rebuilt. (MikroORM's
// SQLite differ also misreads enum CHECK constraints, so updateSchema would rebuild every time.)
export const META_TABLE = 'plan_graph_meta';

async function fingerprint(orm: Orm): Promise<string> {
  return createHash('sha256')
    .update(await orm.schema.getCreateSchemaSQL())
    .digest('hex');
}

async function storedFingerprint(em: EntityManager): Promise<string | null> {
  const tables = await em.execute<{ name: string }[]>(em.getKnex().select('name').from('sqlite_master').where({ type: 'table', name: META_TABLE }));
  if (!tables.length) return null;
  const rows = await em.execute<{ value: string }[]>(em.getKnex().select('value').from(META_TABLE).where({ key: 'schema' }));
  return rows[0]?.value ?? null;
}

export async function isSchemaCurrent(orm: Orm): Promise<boolean> {
  return (await storedFingerprint(orm.em.fork() as EntityManager)) === (await fingerprint(orm));
}

/** Creates the tables, or drops and recreates them when the entity code changed. */
export async function ensureSchema(orm: Orm): Promise<void> {
  if (await isSchemaCurrent(orm)) return;
  const em = orm.em.fork() as EntityManager;
  // The search table is not an entity: the import recreates it, in its own transaction.
  await orm.schema.refreshDatabase();
  const knex = em.getKnex();
  await em.execute(`create table if not exists ${META_TABLE} (key varchar(64) primary key, value text not null)`);
  await em.execute(
    knex(META_TABLE)
      .insert({ key: 'schema', value: await fingerprint(orm) })
      .onConflict('key')
      .merge(),
  );
}
