import type { EntityClass, MetadataStorage } from '@mikro-orm/core';
import { Citation } from '../citation/citation.entity.js';
import type { Collection } from './collection.js';
import { COLLECTION_NAMES, COLLECTIONS, type Dataset } from './dataset.js';
import type { CitationRecord } from './fixture-fields.js';
import { citationTable, type Row } from './row-helpers.js';
import { type IdsOf, pivotRows, type PivotRows, rowMapper } from './row-mapper.js';

/**
 * Turns a validated dataset into table rows, all keyed by deterministic ids, with one generic
 * mapping read from the entities' metadata. Tables come in load order (parents first), each
 * collection's nested rows right after it and the citations last.
 */
export function toRows(data: Dataset, metadata: MetadataStorage): { tables: [EntityClass<object>, Row[]][]; pivots: PivotRows[] } {
  // Row ids in list order: the import is deterministic, so importing twice yields the same rows.
  const records = new Map<string, Row[]>();
  const ids = new Map<string, Map<string, number>>();
  for (const name of COLLECTION_NAMES) {
    const { entity, key, order } = COLLECTIONS[name] as Collection;
    const list = (order ? [...data[name]].sort(order) : data[name]) as Row[];
    records.set(name, list);
    ids.set(entity.name, new Map(list.map((record, index) => [record[key] as string, index + 1])));
  }
  const idsOf: IdsOf = (entityName) => {
    const found = ids.get(entityName);
    if (!found) throw new Error(`a reference points at ${entityName}, which no fixture collection holds`);
    return found;
  };

  const citations = citationTable(idsOf(COLLECTIONS.sources.entity.name));
  // Every record with citations is cited, owned by its entity's name and its row id.
  const cite = (entity: EntityClass<object>, id: number, record: Row) => {
    if (record.citations) citations.cite(entity.name, id, record.citations as CitationRecord[]);
  };
  const tables: [EntityClass<object>, Row[]][] = [];
  const pivots: PivotRows[] = [];
  // The collections are mapped in list order, which numbers their citations.
  for (const name of COLLECTION_NAMES) {
    const { entity, derive, nested } = COLLECTIONS[name] as Collection;
    const meta = metadata.get(entity.name);
    const toRow = rowMapper(meta, idsOf);
    const links = pivotRows(meta, idsOf);
    const toNestedRow = nested && rowMapper(metadata.get(nested.entity.name), idsOf);
    const nestedRows: Row[] = [];
    const rows = records.get(name)!.map((record, index) => {
      const id = index + 1;
      // A record's own citations come before those of the records nested in it.
      cite(entity, id, record);
      const row = toRow(record, id);
      if (derive) Object.assign(row, derive(record));
      links.add(record, id);
      if (nested && toNestedRow) {
        for (const child of nested.records(record)) {
          const childId = nestedRows.length + 1;
          nestedRows.push(toNestedRow(child, childId));
          cite(nested.entity, childId, child);
        }
      }
      return row;
    });
    tables.push([entity, rows]);
    if (nested) tables.push([nested.entity, nestedRows]);
    pivots.push(...links.pivots);
  }
  tables.push([Citation, citations.rows]);
  return { tables, pivots };
}
