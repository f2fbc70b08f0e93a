import { type EntityClass, type EntityProperty, type MetadataStorage, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import type DataLoader from 'dataloader';
import { dialectOf, idArraySql, inJsonList } from '../db/dialect.js';
import { runSql, storable } from '../db/query.js';
import { linkOf, type RelatedTo } from './relations.js';
import { type Row, RowMapper } from './row.js';
import { SettledLoader } from './settled-loader.js';

/** Statement texts by shape, per schema (see Loaders.statement). */
const statementTexts = new WeakMap<MetadataStorage, Map<string, string>>();

/**
 * The request's batch loaders: the one way the graph reads rows. Each relation costs one
 * `IN (...)` query per level of the query, whatever the number of parents: that is what keeps
 * every request free of N+1. Relations come from the entities' metadata, so a resolver names a
 * property, never a table, a foreign key or a pivot. Built per request: no cache outlives it.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** `batch: false` is the benchmark's "naive" variant (one query per parent); never in production. */
  private readonly options: { batch: boolean; batchScheduleFn?: (dispatch: () => void) => void };

  /** Called before every batch: throws once the request is past its deadline. */
  private readonly guard: () => void;

  constructor(
    private readonly em: EntityManager,
    options: { batch?: boolean; guard?: () => void; schedule?: (dispatch: () => void) => void } = {},
  ) {
    // `schedule`: when a batch is dispatched (the request's time slicing holds it: limits/pacing.ts).
    this.options = { batch: options.batch ?? true, ...(options.schedule && { batchScheduleFn: options.schedule }) };
    this.guard = options.guard ?? (() => {});
  }

  private memo<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) this.loaders.set(name, (loader = new SettledLoader<K, V>(batch, this.options) as DataLoader<unknown, unknown>));
    return loader as DataLoader<K, V>;
  }

  /**
   * The SQL text of one statement shape, built once from the metadata. Values are bound, and a
   * list of keys travels as ONE JSON array (`in (select value from json_each(?))`), so each shape
   * has one text whatever the batch size: the connection reuses its prepared statement
   * (db/driver.ts), and no batch meets SQLite's limit on bound parameters.
   */
  private statement(key: string, build: (knex: Knex, inList: (column: string, numeric: boolean) => Knex.Raw) => Knex.QueryBuilder): string {
    const metadata = this.em.getMetadata();
    let texts = statementTexts.get(metadata);
    if (!texts) statementTexts.set(metadata, (texts = new Map()));
    let sql = texts.get(key);
    if (!sql) {
      const knex = this.em.getKnex();
      const dialect = dialectOf(this.em);
      texts.set(key, (sql = build(knex, (column, numeric) => inJsonList(knex, dialect, column, numeric)).toSQL().sql));
    }
    return sql;
  }

  /** Rows whose `property` is one of `values` (and that match `where`), in row order. */
  private async select<T extends object>(entity: EntityClass<T>, property: string, values: readonly unknown[], where: Record<string, unknown> = {}) {
    this.guard();
    const mapper = RowMapper.of(this.em, entity);
    const properties = mapper.meta.properties as Record<string, EntityProperty>;
    const column = (name: string) => properties[name]!.fieldNames[0]!;
    const names = Object.keys(where);
    const sql = this.statement(`rows:${entity.name}.${property}:${names.join(',')}`, (knex, inList) => {
      const prop = properties[property]!;
      const query = knex
        .select('*')
        .from(mapper.meta.tableName)
        .where(inList(column(property), prop.kind !== ReferenceKind.SCALAR || prop.runtimeType === 'number'))
        .orderBy('id');
      for (const name of names) query.where(column(name), '');
      return query;
    });
    const rows = await runSql<Record<string, unknown>>(this.em, sql, [JSON.stringify(values.map(storable)), ...names.map((name) => where[name])]);
    return rows.map((row) => mapper.map(row));
  }

  /** Rows by row id. */
  byId<T extends object>(entity: EntityClass<T>): DataLoader<number, Row<T>> {
    return this.memo(`id:${entity.name}`, async (ids: readonly number[]) => {
      const byId = new Map((await this.select(entity, 'id', ids)).map((row) => [(row as { id: number }).id, row]));
      return ids.map((id) => byId.get(id) ?? new Error(`${entity.name} ${id} not found`));
    });
  }

  /** Rows by a unique natural key (slug, code, key); null for an unknown key. */
  byKey<T extends object>(entity: EntityClass<T>, property: keyof T & string): DataLoader<string, Row<T> | null> {
    return this.memo(`key:${entity.name}.${property}`, async (keys: readonly string[]) => {
      const byKey = new Map((await this.select(entity, property, keys)).map((row) => [String(row[property as keyof Row<T>]), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
  }

  /** All rows whose `property` (a column, or a many-to-one by the id it points at) equals each key (and that match `where`), in row order. */
  allBy<T extends object>(entity: EntityClass<T>, property: keyof T & string, where: Record<string, unknown> = {}): DataLoader<string | number, Row<T>[]> {
    return this.memo(`all:${entity.name}.${property}:${JSON.stringify(where)}`, async (keys: readonly (string | number)[]) => {
      const grouped = new Map<string, Row<T>[]>(keys.map((key) => [String(key), []]));
      // A many-to-one property reads as `{ id }` in a row: group by the id it holds.
      const keyOf = (value: unknown) => String(value !== null && typeof value === 'object' ? (value as { id: number }).id : value);
      for (const row of await this.select(entity, property, keys, where)) grouped.get(keyOf(row[property as keyof Row<T>]))?.push(row);
      return keys.map((key) => grouped.get(String(key))!);
    });
  }

  /**
   * A batch of the caller's own (an aggregate over many parents in one statement), memoised by
   * name for the request and checked against its deadline like every other batch.
   */
  batch<K, V>(name: string, load: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.memo(`batch:${name}`, async (keys: readonly K[]) => {
      this.guard();
      return load(keys);
    });
  }

  /** Ids of the rows at the other end of a collection property, per parent id, ascending (the connection order). */
  relatedIds<T extends object>(entity: EntityClass<T>, property: keyof T & string): DataLoader<number, number[]> {
    return this.memo(`ids:${entity.name}.${property}`, async (parents: readonly number[]) => {
      this.guard();
      const sql = this.statement(`ids:${entity.name}.${property}`, (knex, inList) => {
        const link = linkOf(this.em.getMetadata().get(entity.name), property);
        const children = knex.raw(`${idArraySql(dialectOf(this.em))} as children`, [link.child, link.child]);
        return knex.select({ parent: link.parent }).select(children).from(link.table).where(inList(link.parent, true)).groupBy(link.parent);
      });
      // SQLite answers the array as JSON text, PostgreSQL's driver parses its json.
      const rows = await runSql<{ parent: number; children: string | number[] }>(this.em, sql, [JSON.stringify(parents)]);
      const grouped = new Map(rows.map((row) => [row.parent, typeof row.children === 'string' ? (JSON.parse(row.children) as number[]) : row.children]));
      return parents.map((id) => grouped.get(id) ?? []);
    });
  }

  /** The class at the other end of a relation property. */
  target<T extends object, K extends keyof T & string>(entity: EntityClass<T>, property: K): EntityClass<RelatedTo<T, K> & object> {
    return this.em.getMetadata().get(entity.name).properties[property]!.targetMeta!.class as EntityClass<RelatedTo<T, K> & object>;
  }

  /** The row a many-to-one property of `row` points at, or null. */
  async one<T extends object, K extends keyof T & string>(entity: EntityClass<T>, property: K, row: Row<T>): Promise<Row<RelatedTo<T, K>> | null> {
    const ref = (row as Record<string, unknown>)[property] as { id: number } | null | undefined;
    return ref ? this.byId(this.target(entity, property)).load(ref.id) : null;
  }

  /** The rows of a collection property of `row` (one-to-many or many-to-many, either side), ascending. */
  async all<T extends { id: number }, K extends keyof T & string>(entity: EntityClass<T>, property: K, row: Row<T>): Promise<Row<RelatedTo<T, K>>[]> {
    return this.many(this.target(entity, property), await this.relatedIds(entity, property).load((row as { id: number }).id));
  }

  /** Rows for ids, in the same order. */
  async many<T extends object>(entity: EntityClass<T>, ids: readonly number[]): Promise<Row<T>[]> {
    return (await this.byId(entity).loadMany(ids)).map((row) => {
      if (row instanceof Error) throw row;
      return row;
    });
  }
}
