import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { dialectOf } from './dialect.js';
import type { Orm } from './driver.js';

// The database is a build of the fixtures, so its schema is never migrated in place: when the
// entities change, the fingerprint of their DDL changes and the schema is rebuilt. (MikroORM's
// SQLite differ also misreads enum CHECK constraints, so updateSchema would rebuild every time.)
export const META_TABLE = 'plan_graph_meta';
/** The import's last write, in its transaction: without this row the build did not finish. */
export const COMPLETE_KEY = 'complete';
/** The full-text index that search/search.index.ts builds; named here so db/ imports no feature. */
export const SEARCH_TABLE = 'search_index';

async function fingerprint(orm: Orm): Promise<string> {
  return createHash('sha256')
    .update(await orm.schema.getCreateSchemaSQL())
    .digest('hex');
}

/** The names of the tables in the database (SQLite's catalogue, or PostgreSQL's current schema). */
async function tableNames(em: EntityManager): Promise<Set<string>> {
  const knex = em.getKnex();
  const query =
    dialectOf(em) === 'postgresql'
      ? knex.select({ name: 'table_name' }).from('information_schema.tables').where('table_schema', knex.raw('current_schema()'))
      : knex.select('name').from('sqlite_master').where({ type: 'table' });
  return new Set((await em.execute<{ name: string }[]>(query)).map((row) => row.name));
}

async function hasTable(em: EntityManager, name: string): Promise<boolean> {
  return (await tableNames(em)).has(name);
}

async function metaValue(em: EntityManager, key: string): Promise<string | null> {
  if (!(await hasTable(em, META_TABLE))) return null;
  const rows = await em.execute<{ value: string }[]>(em.getKnex().select('value').from(META_TABLE).where({ key }));
  return rows[0]?.value ?? null;
}

export async function isSchemaCurrent(orm: Orm): Promise<boolean> {
  return (await metaValue(orm.em.fork() as EntityManager, 'schema')) === (await fingerprint(orm));
}

/** Creates the tables, or drops and recreates them when the entity code changed. */
export async function ensureSchema(orm: Orm): Promise<void> {
  if (await isSchemaCurrent(orm)) return;
  const em = orm.em.fork() as EntityManager;
  // The meta table goes first: a refresh cut short must not leave an old completeness marker.
  await em.execute(`drop table if exists ${META_TABLE}`);
  // The search table is not an entity: the import recreates it, in its own transaction.
  await orm.schema.refreshDatabase();
  const knex = em.getKnex();
  await em.execute(`create table ${META_TABLE} (key varchar(64) primary key, value text not null)`);
  await em.execute(knex(META_TABLE).insert({ key: 'schema', value: await fingerprint(orm) }));
}

/** Written by the import as its last statement, inside its transaction. */
export async function markComplete(em: EntityManager, counts: Record<string, number>): Promise<void> {
  await em.execute(
    em
      .getKnex()(META_TABLE)
      .insert({ key: COMPLETE_KEY, value: JSON.stringify(counts) })
      .onConflict('key')
      .merge(),
  );
}

/** Every table a complete database has: entities, pivot tables, the search index, the meta table. */
export function expectedTables(orm: Orm): string[] {
  const metas = Object.values(orm.getMetadata().getAll()).filter((meta) => !meta.abstract && !meta.embeddable && !meta.virtual);
  return [...new Set([...metas.map((meta) => meta.tableName), SEARCH_TABLE, META_TABLE])].sort();
}

/** Why the database cannot be served as it is (no completeness marker, a table missing), or null. */
export async function contentProblem(orm: Orm): Promise<string | null> {
  const em = orm.em.fork() as EntityManager;
  if ((await metaValue(em, COMPLETE_KEY)) === null) return 'database build did not complete (no completeness marker)';
  const present = await tableNames(em);
  const missing = expectedTables(orm).filter((table) => !present.has(table));
  return missing.length ? `table ${missing.map((table) => `"${table}"`).join(', ')} missing` : null;
}

/** Why the code's schema differs from the database's, or null. */
export async function schemaProblem(orm: Orm): Promise<string | null> {
  return (await isSchemaCurrent(orm)) ? null : "the code's schema has changed since the database was built";
}
