import { type EntityClass, type EntityMetadata, type EntityProperty, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from './global-id.js';

type Row = Record<string, unknown>;

const mappers = new WeakMap<object, RowMapper<object>>();

/** The GraphQL type name of a plain read object (see the Node interface's resolveType). */
export const TYPE_NAME = '__type';

/**
 * Read path without the unit of work: rows become plain objects with the entity's property names,
 * many-to-one references as `{ id }`, `nodeId` (the global ID) and a type tag. The benchmark showed
 * hydration, change tracking and the entity prototypes' setters costing about half of each
 * request; reads never write back, so they need none of it. Built from MikroORM's metadata, so it
 * follows the entities.
 */
export class RowMapper<T extends object> {
  private readonly steps: ((row: Row, target: Record<string, unknown>) => void)[] = [];

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
          this.steps.push((row, t) => void (t[prop.name] = typeof row[column] === 'string' ? JSON.parse(row[column] as string) : row[column]));
        else if (type === 'boolean') this.steps.push((row, t) => void (t[prop.name] = row[column] == null ? row[column] : Boolean(row[column])));
        else this.steps.push((row, t) => void (t[prop.name] = row[column]));
      } else if (prop.kind === ReferenceKind.MANY_TO_ONE && column) {
        this.steps.push((row, t) => void (t[prop.name] = row[column] == null ? null : { id: row[column] }));
      } else if (prop.kind === ReferenceKind.EMBEDDED) {
        // Inline embeddables (Period): null when every column is null, like MikroORM.
        const parts = Object.values(prop.embeddedProps ?? {}).map((p) => [p.embedded![1], p.fieldNames[0]!] as const);
        this.steps.push((row, t) => {
          const values = parts.map(([name, col]) => [name, row[col]] as const);
          t[prop.name] = values.every(([, v]) => v == null) ? null : Object.fromEntries(values);
        });
      }
    }
  }

  map(row: Row): T {
    const target: Record<string, unknown> = { [TYPE_NAME]: this.entity.name };
    for (const step of this.steps) step(row, target);
    if (this.naturalKey) target.nodeId = toGlobalId(this.entity.name, String(target[this.naturalKey]));
    return target as T;
  }

  /** One mapper per entity metadata (it only depends on the schema, never on data). */
  static of<T extends object>(em: EntityManager, entity: EntityClass<T>): RowMapper<T> {
    const meta = em.getMetadata().get(entity.name) as EntityMetadata<T>;
    let mapper = mappers.get(meta) as RowMapper<T> | undefined;
    if (!mapper) mappers.set(meta, (mapper = new RowMapper(entity, meta)) as unknown as RowMapper<object>);
    return mapper;
  }
}
