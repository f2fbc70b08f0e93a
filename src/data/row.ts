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
  private readonly steps: ((columns: Columns, row: Columns) => void)[] = [];

  private readonly naturalKey: string | undefined;

  constructor(
    readonly entity: EntityClass<T>,
    readonly meta: EntityMetadata<T>,
  ) {
    this.naturalKey = (entity as unknown as { naturalKey?: string }).naturalKey;
    for (const prop of Object.values(meta.properties) as EntityProperty<T>[]) {
      const column = prop.fieldNames?.[0];
      if (prop.kind === ReferenceKind.SCALAR && column && !prop.embedded) {
        const type = String(prop.runtimeType ?? prop.type).toLowerCase();
        if (prop.columnTypes?.[0] === 'json')
          this.steps.push((c, r) => void (r[prop.name] = typeof c[column] === 'string' ? JSON.parse(c[column] as string) : c[column]));
        else if (type === 'boolean') this.steps.push((c, r) => void (r[prop.name] = c[column] == null ? c[column] : Boolean(c[column])));
        else this.steps.push((c, r) => void (r[prop.name] = c[column]));
      } else if (prop.kind === ReferenceKind.MANY_TO_ONE && column) {
        this.steps.push((c, r) => void (r[prop.name] = c[column] == null ? null : { id: c[column] }));
      } else if (prop.kind === ReferenceKind.EMBEDDED) {
        // Inline embeddables (Period): null when every column is null, like MikroORM.
        const parts = Object.values(prop.embeddedProps ?? {}).map((p) => [p.embedded![1], p.fieldNames[0]!] as const);
        this.steps.push((c, r) => {
          const values = parts.map(([name, col]) => [name, c[col]] as const);
          r[prop.name] = values.every(([, v]) => v == null) ? null : Object.fromEntries(values);
        });
      }
    }
  }

  map(columns: Columns): Row<T> {
    const row: Columns = { [TYPE_NAME]: this.entity.name };
    for (const step of this.steps) step(columns, row);
    if (this.naturalKey) row.nodeId = toGlobalId(this.entity.name, String(row[this.naturalKey]));
    return row as Row<T>;
  }

  /** One mapper per entity metadata (it only depends on the schema, never on data). */
  static of<T extends object>(em: EntityManager, entity: EntityClass<T>): RowMapper<T> {
    const meta = em.getMetadata().get(entity.name) as EntityMetadata<T>;
    let mapper = mappers.get(meta) as RowMapper<T> | undefined;
    if (!mapper) mappers.set(meta, (mapper = new RowMapper(entity, meta)) as unknown as RowMapper<object>);
    return mapper;
  }
}
