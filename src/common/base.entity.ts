import { PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { toGlobalId } from './global-id.js';

/**
 * Row id: internal, never exposed. The import assigns it in each fixture file's order, which is
 * also the stable order of every connection. Clients see global IDs built from natural keys.
 */
// Abstract GraphQL types: type-graphql inherits fields only from decorated classes; unreachable, so not in the schema.
@ObjectType()
export abstract class BaseEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;
}

/** An entity exposed as a `Node`: its global ID is the type name plus its natural key. */
@ObjectType()
export abstract class NodeEntity extends BaseEntity {
  /** The property that holds the natural key (slug, key or code) global IDs are built from. */
  static readonly naturalKey: string;

  /** The GraphQL `id` (see the Node interface). */
  get nodeId(): string {
    const { name, naturalKey } = this.constructor as typeof NodeEntity;
    return toGlobalId(name, String((this as unknown as Record<string, unknown>)[naturalKey]));
  }
}

/** A record that states facts, so it may carry a caveat from the sources. */
@ObjectType()
export abstract class FactEntity extends NodeEntity {
  @Field(() => String, {
    nullable: true,
    description: 'What is uncertain about this record (inferred, contradictory or unverified in the sources); null when the sources state it plainly.',
  })
  @Property({ type: 'text', nullable: true })
  uncertainty?: string | null;
}
