import type { EntityManager } from '@mikro-orm/knex';
import { knownOn } from '../common/known-from.js';
import { Loaders } from '../data/loaders.js';
import { RowMapper } from '../data/row.js';
import { runQuery } from '../db/query.js';
import type { Format } from './format.js';
import type { ExportEntity, ExportRow, Part } from './part.js';
import type { Sink } from './sink.js';

/** Rows read, and their relations loaded, per statement. */
export const PAGE_SIZE = 500;

/** The rows of an entity in id order (the API's order), a page at a time: keyset paging, one statement per page. */
async function* pagesOf(em: EntityManager, entity: ExportEntity, size: number): AsyncGenerator<ExportRow[]> {
  const mapper = RowMapper.of(em, entity);
  const id = mapper.meta.properties[mapper.meta.primaryKeys[0]!]!.fieldNames[0]!;
  let after: number | null = null;
  for (;;) {
    const query = em.getKnex().select('*').from(mapper.meta.tableName).orderBy(id).limit(size);
    if (after !== null) query.where(id, '>', after);
    const rows = (await runQuery<Record<string, unknown>>(em, query)).map((row) => mapper.map(row) as ExportRow);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Writes the header, then every row of `entity` with the values of `parts`; with `asOf`, only the
 * rows the API knows on that date. Per page of rows, each part loads its relations in one batched
 * statement (fresh loaders per page, so no cache outlives it): the statement count depends on the
 * number of pages, never on the rows or their relations.
 */
export async function writeRows(
  em: EntityManager,
  entity: ExportEntity,
  parts: readonly Part[],
  format: Format,
  sink: Sink,
  { pageSize = PAGE_SIZE, asOf = null }: { pageSize?: number; asOf?: string | null } = {},
): Promise<void> {
  const columns = parts.flatMap((part) => part.columns);
  await sink.write(format.head(columns));
  for await (const page of pagesOf(em, entity, pageSize)) {
    const loaders = new Loaders(em);
    // As the API's root lists (common/known-from.ts): a document signed later is absent, so is what it sets, and a later figure.
    const rows = (await knownOn(loaders, entity, page, asOf)) as ExportRow[];
    const readers = await Promise.all(parts.map((part) => part.load(rows, loaders)));
    for (const row of rows) {
      const values = readers.flatMap((read) => read(row));
      await sink.write(format.line(columns, values));
    }
    if (sink.closed) return;
    // The statements are synchronous (better-sqlite3): let other requests have the thread between pages.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await sink.end();
}
