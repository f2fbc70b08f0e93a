import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context.js';
import type { BaseEntity } from './base.entity.js';
import { type Page, toPage } from './connection.js';
import type { Link } from './loaders.js';
import { runQuery } from '../db/query.js';
import { checkPageArgs, type PageArgs } from './paging.js';

// Type names double as GraphQL type names, cursor tags and citation owner types.

/** A page of the children of one parent, batched with its siblings through the request's loaders. */
export async function childPage<T extends BaseEntity>(
  { loaders }: Context,
  entity: EntityClass<T>,
  link: Link,
  parentId: number,
  args: PageArgs,
): Promise<Page<T>> {
  checkPageArgs(args, entity.name);
  const ids = await loaders.childIds(link).load(parentId);
  return toPage(ids, args, entity.name, (page) => loaders.many(entity, page));
}

/** A page of a root list: the matching ids in one indexed query, then the page's rows in one more. */
export async function rootPage<T extends BaseEntity>(
  { em, loaders }: Context,
  entity: EntityClass<T>,
  where: FilterQuery<T> | null,
  args: PageArgs,
): Promise<Page<T>> {
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
  return toPage(ids, args, entity.name, (page) => loaders.many(entity, page));
}
