import type { Collection } from '@mikro-orm/core';

/**
 * Every entity class by name. Each entity file adds itself (declaration merging), so an entity
 * can type the inverse side of a relation without importing the other entity's file: a value or
 * type import both ways would close an import circle.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the entity files
export interface EntityTypes {}

/** The inverse side of a relation (one-to-many, or many-to-many seen from the target). */
export type Related<N extends keyof EntityTypes> = Collection<EntityTypes[N] & object>;
