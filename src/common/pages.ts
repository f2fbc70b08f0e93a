import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context.js';
import type { RelatedTo } from '../data/relations.js';
import type { Row } from '../data/row.js';
import { runQuery } from '../db/query.js';
import { type Page, toPage } from './connection.js';
import { isDated, knownOn } from './known-from.js';
import { checkPageArgs, type PageArgs } from './paging.js';

// Type names double as GraphQL type names, cursor tags and citation owner types.

/** A page of a collection property of `row`, batched with its siblings through the request's loaders; with `date`, only what is known on it. */
export async function relatedPage<T extends { id: number }, K extends keyof T & string>(
  { loaders }: Context,
  entity: EntityClass<T>,
  property: K,
  row: Row<T>,
  args: PageArgs,
  date: string | null = null,
): Promise<Page<Row<RelatedTo<T, K>>>> {
  const target = loaders.target(entity, property);
  checkPageArgs(args, target.name);
  const ids = await visibleIds(loaders, target, await loaders.relatedIds(entity, property).load((row as { id: number }).id), date);
  return toPage(ids, args, target.name, (page) => loaders.many(target, page));
}

/** The ids of the rows known on `date` (see common/known-from.ts); all of them without a date. */
async function visibleIds<T extends object>(
  loaders: Context['loaders'],
  entity: EntityClass<T>,
  ids: number[],
  date: string | null | undefined,
): Promise<number[]> {
  if (!date || !isDated(entity as EntityClass<object>)) return ids;
  return (await knownOn(loaders, entity, await loaders.many(entity, ids), date)).map((row) => (row as { id: number }).id);
}

/** A page of a root list: the matching ids in one indexed query, then the page's rows in one more (with asOf, the rows known on its date). */
export async function rootPage<T extends object>(
  { em, loaders, rootAsOf }: Context,
  entity: EntityClass<T>,
  where: FilterQuery<T> | null,
  args: PageArgs,
): Promise<Page<Row<T>>> {
  checkPageArgs(args, entity.name);
  // The query builder resolves the filter's relations into joins; runQuery binds its values.
  const query =
    where === null
      ? null
      : em
          .createQueryBuilder(entity)
          .select('id')
          .where(where)
          .orderBy({ id: 'asc' } as never)
          .getKnexQuery();
  const ids = query ? (await runQuery<{ id: number }>(em, query)).map((row) => row.id) : [];
  return toPage(await visibleIds(loaders, entity, ids, rootAsOf), args, entity.name, (page) => loaders.many(entity, page));
}
