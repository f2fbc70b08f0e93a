import { type Collection, type EntityClass, type EntityMetadata, type EntityProperty, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../common/global-id.js';

type Columns = Record<string, unknown>;

/** The GraphQL type name of a row (see the Node interface's resolveType). */
export const TYPE_NAME = '__type';

/**
 * A record as the read path returns it: the entity's properties, many-to-one references as
 * `{ id }`, no collections (relations load through the loaders), plus the global ID for nodes.
 * A mapped alias on purpose: decorator metadata then says Object, so type-graphql passes rows
 * through instead of copying each into a new entity instance.
 */
export type Row<T> = {
  readonly [K in keyof T as T[K] extends Collection<object> ? never : K]: NonNullable<T[K]> extends { id: number }
    ? { id: number } | Exclude<T[K], NonNullable<T[K]>>
    : T[K];
};

const mappers = new WeakMap<object, RowMapper<object>>();

/**
 * Rows without the unit of work: SQL rows become plain objects with the entity's property names.
 * The benchmark showed hydration, change tracking and the entity prototypes' setters costing about
 * half of each request; reads never write back, so they need none of it. Built from MikroORM's
 * metadata, so it follows the entities.
 */
export class RowMapper<T extends object> {
  /** One straight-line function per entity, built from the metadata (see compile): a row costs one object literal of a fixed shape. */
  private readonly mapColumns: (columns: Columns) => Columns;

  constructor(
    readonly entity: EntityClass<T>,
    readonly meta: EntityMetadata<T>,
  ) {
    this.mapColumns = compile(entity, meta);
  }

  map(columns: Columns): Row<T> {
    return this.mapColumns(columns) as Row<T>;
  }

  /** One mapper per entity metadata (it only depends on the schema, never on data). */
  static of<T extends object>(em: EntityManager, entity: EntityClass<T>): RowMapper<T> {
    const meta = em.getMetadata().get(entity.name) as EntityMetadata<T>;
    let mapper = mappers.get(meta) as RowMapper<T> | undefined;
    if (!mapper) mappers.set(meta, (mapper = new RowMapper(entity, meta)) as unknown as RowMapper<object>);
    return mapper;
  }
}

/**
 * The mapper of one entity as generated code: `{ __type, ...properties, nodeId }` in metadata order,
 * one object literal instead of a closure per property and a temporary array per embeddable (the
 * national table maps thousands of rows per request). Names and columns come from the metadata
 * only, never from data, and enter the code as JSON string literals.
 */
function compile<T extends object>(entity: EntityClass<T>, meta: EntityMetadata<T>): (columns: Columns) => Columns {
  const c = (column: string) => `c[${JSON.stringify(column)}]`;
  const fields: string[] = [`${JSON.stringify(TYPE_NAME)}: ${JSON.stringify(entity.name)}`];
  for (const prop of Object.values(meta.properties) as EntityProperty<T>[]) {
    const column = prop.fieldNames?.[0];
    const name = JSON.stringify(prop.name);
    if (prop.kind === ReferenceKind.SCALAR && column && !prop.embedded) {
      const type = String(prop.runtimeType ?? prop.type).toLowerCase();
      const value = c(column);
      if (prop.columnTypes?.[0] === 'json') fields.push(`${name}: typeof ${value} === 'string' ? JSON.parse(${value}) : ${value}`);
      else if (type === 'boolean') fields.push(`${name}: ${value} == null ? ${value} : Boolean(${value})`);
      else fields.push(`${name}: ${value}`);
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE && column) {
      fields.push(`${name}: ${c(column)} == null ? null : { id: ${c(column)} }`);
    } else if (prop.kind === ReferenceKind.EMBEDDED) {
      // Inline embeddables (Period): null when every column is null, like MikroORM.
      const parts = Object.values(prop.embeddedProps ?? {}).map((p) => [JSON.stringify(p.embedded![1]), c(p.fieldNames[0]!)] as const);
      const allNull = parts.map(([, value]) => `${value} == null`).join(' && ') || 'true';
      fields.push(`${name}: ${allNull} ? null : { ${parts.map(([key, value]) => `${key}: ${value}`).join(', ')} }`);
    }
  }
  // Nodes carry their global ID, from the natural key's column (a scalar, stored as it reads).
  const naturalKey = (entity as unknown as { naturalKey?: string }).naturalKey;
  if (naturalKey)
    fields.push(`nodeId: g(${JSON.stringify(entity.name)}, String(${c((meta.properties as Record<string, EntityProperty<T>>)[naturalKey]!.fieldNames[0]!)}))`);
  const body = `return { ${fields.join(', ')} };`;
  // The global-ID encoder is bound once, as `g`, when the function is made.
  return (new Function('g', `return (c) => { ${body} };`) as (g: typeof toGlobalId) => (columns: Columns) => Columns)(toGlobalId);
}
