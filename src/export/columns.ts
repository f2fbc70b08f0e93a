import { type EntityProperty, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Loaders } from '../data/loaders.js';
import { citationsPart } from './citations.js';
import { graphqlFields } from './fields.js';
import { type ExportEntity, type ExportRow, idOf, loadEach, naturalKeyOf, type Part, unique, type Value } from './part.js';

/** Columns read from the row itself: no statement. */
const plain = (columns: string[], read: (row: ExportRow) => Value[]): Part => ({ columns: columns.map((name) => ({ name })), load: async () => read });

/** The natural keys of rows of `target` by id: one statement per page (the loader batches every caller of the same tick). */
async function keysById(loaders: Loaders, target: ExportEntity, ids: Iterable<number | null>): Promise<Map<number | null, string>> {
  const key = naturalKeyOf(target)!;
  const rows = await loaders.many(target, unique(ids));
  return new Map(rows.map((row) => [row.id as number, String(row[key])]));
}

/** A many-to-one as the natural key it points at (a decision's key, an indicator's code, a province's slug). */
function reference(name: string, prop: EntityProperty, target: ExportEntity): Part {
  return {
    columns: [{ name }],
    async load(rows, loaders) {
      const keys = await keysById(
        loaders,
        target,
        rows.map((row) => idOf(row[prop.name])),
      );
      return (row) => [keys.get(idOf(row[prop.name])) ?? null];
    },
  };
}

/** A many-to-many (owning side) as the natural keys it holds, in the API's order. */
function collection(name: string, entity: ExportEntity, prop: EntityProperty, target: ExportEntity): Part {
  return {
    columns: [{ name }],
    async load(rows, loaders) {
      const lists = await loadEach(
        loaders.relatedIds(entity, prop.name),
        rows.map((row) => row.id),
      );
      const keys = await keysById(loaders, target, [...lists.values()].flat());
      return (row) => [lists.get(row.id)!.map((id) => keys.get(id) ?? null)];
    },
  };
}

/** An embeddable (period) as one column per field of it (startYear, endYear). */
function embedded(prop: EntityProperty): Part {
  const inner = graphqlFields(prop.embeddable as object);
  const parts = Object.values(prop.embeddedProps ?? {})
    .map((p) => [p.embedded![1], inner.get(p.embedded![1])] as const)
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
  return plain(
    parts.map(([, name]) => name),
    (row) => parts.map(([field]) => ((row[prop.name] as Record<string, Value> | null)?.[field] ?? null) as Value),
  );
}

/**
 * The columns of an entity, from MikroORM's metadata and type-graphql's fields, so that a new field
 * appears in the export without an edit here: the global `id`, the natural key, every stored
 * property the API exposes (internal columns have no field and stay out), references as the
 * natural keys they point at, then `extras`, then the citations.
 */
export function columnsOf(em: EntityManager, entity: ExportEntity, extras: Part[] = []): Part[] {
  const meta = em.getMetadata().get(entity.name);
  const fields = graphqlFields(entity);
  const key = naturalKeyOf(entity);
  const own: Part[] = [];
  for (const prop of Object.values(meta.properties) as EntityProperty[]) {
    const name = fields.get(prop.name);
    if (name === undefined || prop.primary || prop.embedded) continue;
    const target = prop.targetMeta?.class as ExportEntity | undefined;
    const part =
      prop.kind === ReferenceKind.SCALAR
        ? plain([name], (row) => [(row[prop.name] ?? null) as Value])
        : prop.kind === ReferenceKind.EMBEDDED
          ? embedded(prop)
          : prop.kind === ReferenceKind.MANY_TO_ONE && target && naturalKeyOf(target)
            ? reference(name, prop, target)
            : prop.kind === ReferenceKind.MANY_TO_MANY && prop.owner && target && naturalKeyOf(target)
              ? collection(name, entity, prop, target)
              : null;
    // The natural key right after the id: the columns a reader matches rows by.
    if (part) own.splice(prop.name === key ? 0 : own.length, 0, part);
  }
  const id = key && fields.has('nodeId') ? [plain([fields.get('nodeId')!], (row) => [row.nodeId as string])] : [];
  return [...id, ...own, ...extras, ...(fields.has('citations') ? [citationsPart(entity)] : [])];
}
