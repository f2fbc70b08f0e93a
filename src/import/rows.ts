import type { EntityClass, MetadataStorage } from '@mikro-orm/core';
import { Citation } from '../citation/citation.entity.js';
import { COLLECTION_NAMES, COLLECTIONS, type Collection, type Dataset } from './dataset.js';
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
  const tables: [EntityClass<object>, Row[]][] = [];
  const pivots: PivotRows[] = [];
  // The collections are mapped in list order, which numbers their citations.
  for (const name of COLLECTION_NAMES) {
    const { entity, derive, nested } = COLLECTIONS[name] as Collection;
    const toRow = rowMapper(metadata.get(entity.name), idsOf);
    const links = pivotRows(metadata.get(entity.name), idsOf);
    const inner = nested && { ...nested, toRow: rowMapper(metadata.get(nested.entity.name), idsOf), rows: [] as Row[] };
    const rows = records.get(name)!.map((record, index) => {
      const id = index + 1;
      // A record's own citations come before those of the records nested in it.
      if (record.citations) citations.cite(entity.name, id, record.citations as CitationRecord[]);
      const row = toRow(record, id);
      if (derive) Object.assign(row, derive(record));
      links.add(record, id);
      for (const child of inner?.records(record) ?? []) {
        const childId = inner!.rows.length + 1;
        inner!.rows.push(inner!.toRow(child, childId));
        if (child.citations) citations.cite(inner!.entity.name, childId, child.citations as CitationRecord[]);
      }
      return row;
    });
    tables.push([entity, rows]);
    if (inner) tables.push([inner.entity, inner.rows]);
    pivots.push(...links.pivots);
  }
  tables.push([Citation, citations.rows]);
  return { tables, pivots };
}
