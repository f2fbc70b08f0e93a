import type { EntityClass } from '@mikro-orm/core';

/**
 * A key other subgraphs may reference an entity by, besides its global `id` and its natural key
 * (the property global IDs are built from): a GraphQL field, the property it is looked up by, and
 * how a value is normalised first (a decision number is looked up folded, as decision(number:) does).
 */
export interface ExtraKey {
  field: string;
  property: string;
  normalise: (value: string) => string;
}

const extra = new Map<EntityClass<object>, ExtraKey[]>();

/** Declares an extra entity key; each feature declares its own in its index.ts. */
export function entityKey<T extends object>(entity: EntityClass<T>, key: ExtraKey): void {
  extra.set(entity as EntityClass<object>, [...(extra.get(entity as EntityClass<object>) ?? []), key]);
}

export const extraKeys = (entity: EntityClass<object>): readonly ExtraKey[] => extra.get(entity) ?? [];
