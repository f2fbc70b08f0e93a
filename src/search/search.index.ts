import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Breakthrough } from '../breakthrough/breakthrough.entity.js';
import type { NodeEntity } from '../common/base.entity.js';
import { fold } from '../common/fold.js';
import { SEARCH_TABLE } from '../db/schema-version.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { EconomicZone } from '../economic-zone/economic-zone.entity.js';
import { Gate } from '../gate/gate.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Project } from '../project/project.entity.js';
import { Province } from '../province/province.entity.js';
import { SourceDocument } from '../source/source.entity.js';
import { Target } from '../target/target.entity.js';
import { SearchType } from './search.types.js';

// One FTS5 row per searchable text of an entity. `folded` (the only indexed column) is the text
// through the same fold() as slugs and decision numbers; `original` keeps it for snippets.
// SQLite-specific: on PostgreSQL this module becomes a tsvector table; nothing else changes.
export const SEARCH_TABLE_DDL = `create virtual table if not exists ${SEARCH_TABLE} using fts5(folded, type unindexed, entity_id unindexed, field unindexed, lang unindexed, is_name unindexed, original unindexed, tokenize = 'unicode61')`;

interface Field {
  property: string;
  lang: 'vi' | 'en' | null;
  /** A name of the entity: exact and prefix matches on names rank first. */
  isName: boolean;
}
const field = (property: string, lang: Field['lang'], isName = false): Field => ({ property, lang, isName });

/** What is searchable, per type; the order of types is the tie-break order of results. */
export const SEARCHABLE: Record<SearchType, { entity: EntityClass<NodeEntity>; fields: Field[] }> = {
  [SearchType.PROVINCE]: { entity: Province, fields: [field('name', 'vi', true), field('nameEn', 'en', true), field('code', null, true)] },
  [SearchType.GATE]: {
    entity: Gate,
    fields: [
      field('name', 'vi', true),
      field('nameEn', 'en', true),
      field('counterpart', null),
      field('locality', 'vi'),
      field('description', 'vi'),
      field('descriptionEn', 'en'),
    ],
  },
  [SearchType.DECISION]: { entity: PlanDecision, fields: [field('number', 'vi', true), field('title', 'vi', true), field('titleEn', 'en', true)] },
  [SearchType.PROJECT]: {
    entity: Project,
    fields: [field('name', 'vi', true), field('nameEn', 'en', true), field('aliases', 'vi', true), field('description', 'vi'), field('descriptionEn', 'en')],
  },
  [SearchType.ECONOMIC_ZONE]: {
    entity: EconomicZone,
    fields: [field('name', 'vi', true), field('nameEn', 'en', true), field('description', 'vi'), field('descriptionEn', 'en')],
  },
  [SearchType.INDICATOR]: { entity: Indicator, fields: [field('name', 'vi', true), field('nameEn', 'en', true), field('code', null, true)] },
  [SearchType.BREAKTHROUGH]: { entity: Breakthrough, fields: [field('title', 'vi', true), field('titleEn', 'en', true)] },
  [SearchType.TARGET]: { entity: Target, fields: [field('statement', 'vi', true), field('statementEn', 'en', true)] },
  [SearchType.SOURCE]: { entity: SourceDocument, fields: [field('title', 'vi', true), field('titleEn', 'en', true), field('publisher', null)] },
};
export const TYPE_ORDER = Object.keys(SEARCHABLE) as SearchType[];

/** One row of the index, as stored. */
export interface IndexRow {
  folded: string;
  type: SearchType;
  entity_id: number;
  field: string;
  lang: string | null;
  is_name: number;
  original: string;
}

/** Replaces the whole index with the database's current content; runs inside the import's transaction. */
export async function rebuildSearchIndex(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  // Recreated, not emptied: fresh rowids keep a rebuild from the same data byte-identical.
  await em.execute(`drop table if exists ${SEARCH_TABLE}`);
  await em.execute(SEARCH_TABLE_DDL);
  const rows: IndexRow[] = [];
  for (const type of TYPE_ORDER) {
    const { entity, fields } = SEARCHABLE[type];
    for (const record of await em.find(entity, {}, { orderBy: { id: 'asc' } })) {
      for (const { property, lang, isName } of fields) {
        const value = (record as unknown as Record<string, unknown>)[property];
        for (const text of (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '')) {
          rows.push({ folded: fold(text), type, entity_id: record.id, field: property, lang, is_name: isName ? 1 : 0, original: text });
        }
      }
    }
  }
  // Batches keep each INSERT under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 500) await em.execute(knex(SEARCH_TABLE).insert(rows.slice(i, i + 500)));
  return rows.length;
}
