import { type Collection, type EntityMetadata, ReferenceKind } from '@mikro-orm/core';

/** A one-to-many or many-to-many edge as stored: the table, the column naming the parent, the child's. */
export interface Link {
  table: string;
  parent: string;
  child: string;
}

/** What a relation property of T holds: the entity at the other end. */
export type RelatedTo<T, K extends keyof T> = NonNullable<T[K]> extends Collection<infer C> ? C : NonNullable<T[K]>;

/** The stored edge of a collection property, read from MikroORM's metadata (either side of it). */
export function linkOf(meta: EntityMetadata, property: string): Link {
  const prop = meta.properties[property];
  if (prop?.kind === ReferenceKind.ONE_TO_MANY) {
    const target = prop.targetMeta!;
    return { table: target.tableName, parent: target.properties[prop.mappedBy]!.fieldNames[0]!, child: target.primaryKeys[0]! };
  }
  if (prop?.kind === ReferenceKind.MANY_TO_MANY) {
    const owner = prop.owner ? prop : prop.targetMeta!.properties[prop.mappedBy]!;
    const [from, to] = [owner.joinColumns[0]!, owner.inverseJoinColumns[0]!];
    return prop.owner ? { table: owner.pivotTable, parent: from, child: to } : { table: owner.pivotTable, parent: to, child: from };
  }
  throw new Error(`${meta.className}.${property} is not a one-to-many or many-to-many relation`);
}
