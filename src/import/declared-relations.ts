import { type EntityClass, type EntityProperty, MetadataStorage, ReferenceKind } from '@mikro-orm/core';

// The fixture check (readFixtures, `npm run import -- --check`) runs without a database, so it has
// no ORM whose discovered metadata it could ask which fields are references. It reads what the
// relation decorators themselves stored in MikroORM's metadata storage instead: each property's
// kind, its target entity and whether it is the inverse side. The rows (row-mapper.ts) use the
// discovered metadata of the same decorators.

/** The target's entity name, as a decorator may give it: a thunk (`() => Gate`), a class or a name. */
function targetName(target: unknown): string {
  if (typeof target === 'string') return target;
  if (typeof target === 'function') return 'prototype' in target && target.prototype ? target.name : targetName((target as () => unknown)());
  throw new Error(`cannot tell the target entity of a relation from ${String(target)}`);
}

/**
 * The relations a record of `entity` sets, by property name, each with its target entity's name:
 * to-one references and the owning side of many-to-many links. The inverse sides (one-to-many,
 * many-to-many with `mappedBy`) are set by the other entity's records, so they are left out.
 */
export function settableRelations(entity: EntityClass<object>): Map<string, string> {
  const relations = new Map<string, string>();
  const seen = new Set<string>();
  // The decorators store each class's own properties: inherited ones (Figure's indicator) sit on
  // the parent class, and a subclass's declaration of a name wins over its parent's.
  for (let cls: unknown = entity; typeof cls === 'function' && cls !== Function.prototype; cls = Object.getPrototypeOf(cls)) {
    if (!Object.hasOwn(cls, MetadataStorage.PATH_SYMBOL)) continue;
    const { properties } = MetadataStorage.getMetadataFromDecorator(cls as EntityClass<object>);
    for (const prop of Object.values(properties) as EntityProperty[]) {
      if (seen.has(prop.name)) continue;
      seen.add(prop.name);
      const settable = prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.MANY_TO_MANY && !prop.mappedBy);
      if (settable) relations.set(prop.name, targetName(prop.entity ?? prop.type));
    }
  }
  return relations;
}
