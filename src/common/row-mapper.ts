import { type EntityClass, type EntityMetadata, type EntityProperty, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

type Row = Record<string, unknown>;

const mappers = new WeakMap<object, RowMapper<object>>();

/**
 * Read path without the unit of work: rows become instances of the entity class (so getters such
 * as `period` and `nodeId` work) holding plain values, many-to-one references as `{ id }`. The
 * benchmark showed hydration and change tracking costing about half of each request; reads never
 * write back, so they need neither. Built from MikroORM's metadata, so it follows the entities.
 */
export class RowMapper<T extends object> {
  private readonly steps: ((row: Row, target: Record<string, unknown>) => void)[] = [];

  constructor(
    readonly entity: EntityClass<T>,
    readonly meta: EntityMetadata<T>,
  ) {
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
          t[prop.name] = values.every(([, v]) => v == null) ? null : Object.assign(Object.create(prop.embeddable.prototype), Object.fromEntries(values));
        });
      }
    }
  }

  map(row: Row): T {
    const target = Object.create(this.entity.prototype) as Record<string, unknown>;
    for (const step of this.steps) step(row, target);
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
