import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { Citation } from '../citation/citation.entity.js';
import { runQuery } from '../db/query.js';
import type { BaseEntity } from './base.entity.js';
import { RowMapper } from './row-mapper.js';

/** A one-to-many or many-to-many edge as stored: which column points at the parent. */
export interface Link {
  table: string;
  parent: string;
  child: string;
}

/**
 * The request's batch loaders. Each relation costs one `IN (...)` query per level of the
 * query, whatever the number of parents: that is what keeps every request free of N+1.
 * Built per request, so no cache outlives the request that filled it.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /**
   * `batch: false` is the benchmark's "naive" variant: one query per parent, the way most
   * type-graphql apps load relations. Never set in production.
   */
  private readonly loaderOptions: { batch: boolean; batchScheduleFn?: (dispatch: () => void) => void };

  /** Called before every batch: throws once the request is past its deadline. */
  private readonly guard: () => void;

  constructor(
    private readonly em: EntityManager,
    options: { batch?: boolean; guard?: () => void; schedule?: (dispatch: () => void) => void } = {},
  ) {
    // `schedule`: when a batch is dispatched (the request's time slicing holds it: limits/pacing.ts).
    this.loaderOptions = { batch: options.batch ?? true, ...(options.schedule && { batchScheduleFn: options.schedule }) };
    this.guard = options.guard ?? (() => {});
  }

  private memo<K, V>(name: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = make() as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Rows whose `property` is one of `values`, as plain read-only instances (see RowMapper). */
  private async select<T extends object>(
    entity: EntityClass<T>,
    property: string,
    values: readonly unknown[],
    where: Record<string, unknown> = {},
  ): Promise<T[]> {
    this.guard();
    const mapper = RowMapper.of(this.em, entity);
    const column = (name: string) => mapper.meta.properties[name as keyof typeof mapper.meta.properties]!.fieldNames[0]!;
    const query = this.em
      .getKnex()
      .select('*')
      .from(mapper.meta.tableName)
      .whereIn(column(property), [...values] as (string | number)[])
      .orderBy('id');
    for (const [name, value] of Object.entries(where)) query.where({ [column(name)]: value });
    const rows = await runQuery<Record<string, unknown>>(this.em, query);
    return rows.map((row) => mapper.map(row));
  }

  /** Entities by row id. */
  byId<T extends BaseEntity>(entity: EntityClass<T>): DataLoader<number, T> {
    return this.memo(
      `id:${entity.name}`,
      () =>
        new DataLoader<number, T>(async (ids) => {
          const rows = await this.select(entity, 'id', ids);
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? new Error(`${entity.name} ${id} not found`));
        }, this.loaderOptions),
    );
  }

  /** Entities by natural key (slug, code, key); null for an unknown key. */
  byKey<T extends object>(entity: EntityClass<T>, property: keyof T & string): DataLoader<string, T | null> {
    return this.memo(
      `key:${entity.name}.${property}`,
      () =>
        new DataLoader<string, T | null>(async (keys) => {
          const rows = await this.select(entity, property, keys);
          const byKey = new Map(rows.map((row) => [String(row[property]), row]));
          return keys.map((key) => byKey.get(key) ?? null);
        }, this.loaderOptions),
    );
  }

  /** All entities whose `property` equals each value (for keys that are not unique), in row order. */
  allByKey<T extends object>(entity: EntityClass<T>, property: keyof T & string): DataLoader<string, T[]> {
    return this.memo(
      `all:${entity.name}.${property}`,
      () =>
        new DataLoader<string, T[]>(async (keys) => {
          const rows = await this.select(entity, property, keys);
          return keys.map((key) => rows.filter((row) => String(row[property]) === key));
        }, this.loaderOptions),
    );
  }

  /** Child row ids per parent row id, ascending (the connection order). */
  childIds(link: Link): DataLoader<number, number[]> {
    return this.memo(
      `children:${link.table}.${link.parent}.${link.child}`,
      () =>
        new DataLoader<number, number[]>(async (parents) => {
          this.guard();
          const query = this.em
            .getKnex()
            .select({ parent: link.parent, child: link.child })
            .from(link.table)
            .whereIn(link.parent, [...parents])
            .orderBy(link.child);
          const rows = await runQuery<{ parent: number; child: number }>(this.em, query);
          const grouped = new Map<number, number[]>(parents.map((id) => [id, []]));
          for (const row of rows) grouped.get(row.parent)?.push(row.child);
          return parents.map((id) => grouped.get(id)!);
        }, this.loaderOptions),
    );
  }

  /** Citations of records of one type, in the order the fixtures list them. */
  citations(ownerType: string): DataLoader<number, Citation[]> {
    return this.memo(
      `citations:${ownerType}`,
      () =>
        new DataLoader<number, Citation[]>(async (ownerIds) => {
          const rows = await this.select(Citation, 'ownerId', ownerIds, { ownerType });
          const grouped = new Map<number, Citation[]>(ownerIds.map((id) => [id, []]));
          for (const row of rows) grouped.get(row.ownerId)?.push(row);
          return ownerIds.map((id) => grouped.get(id)!);
        }, this.loaderOptions),
    );
  }

  /** The link from parents to the rows of `entity` whose many-to-one `property` points at them. */
  foreignKey<T extends object>(entity: EntityClass<T>, property: keyof T & string): Link {
    const meta = this.em.getMetadata().get(entity.name);
    return { table: meta.tableName, parent: meta.properties[property]!.fieldNames[0]!, child: 'id' };
  }

  /** The link through the pivot table of a many-to-many `property` of `owner`, read from either side. */
  pivot<T extends object>(owner: EntityClass<T>, property: keyof T & string, from: 'owner' | 'target' = 'owner'): Link {
    const prop = this.em.getMetadata().get(owner.name).properties[property]!;
    const ownerColumn = prop.joinColumns[0]!;
    const targetColumn = prop.inverseJoinColumns[0]!;
    return from === 'owner'
      ? { table: prop.pivotTable, parent: ownerColumn, child: targetColumn }
      : { table: prop.pivotTable, parent: targetColumn, child: ownerColumn };
  }

  /** The entity a many-to-one reference points at, or null. */
  async one<T extends BaseEntity>(entity: EntityClass<T>, ref: { id: number } | null | undefined): Promise<T | null> {
    return ref ? this.byId(entity).load(ref.id) : null;
  }

  /** Entities for ids, in the same order. */
  async many<T extends BaseEntity>(entity: EntityClass<T>, ids: readonly number[]): Promise<T[]> {
    const rows = await this.byId(entity).loadMany(ids);
    return rows.map((row) => {
      if (row instanceof Error) throw row;
      return row;
    });
  }

  /** All children of one parent through a link, as entities. */
  async children<T extends BaseEntity>(entity: EntityClass<T>, link: Link, parentId: number): Promise<T[]> {
    return this.many(entity, await this.childIds(link).load(parentId));
  }
}
