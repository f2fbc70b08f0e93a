import type { EntityClass } from '@mikro-orm/core';
import type { NodeEntity } from '../common/base.entity.js';
import { SearchType } from './search.types.js';

/** One searchable text property of an entity. */
export interface SearchField {
  property: string;
  lang: 'vi' | 'en' | null;
  /** A name of the entity: exact and prefix matches on names rank first. */
  isName: boolean;
}
export const field = (property: string, lang: SearchField['lang'], isName = false): SearchField => ({ property, lang, isName });

/** What is searchable, filled in by the entities' @Searchable decorators. */
export const SEARCHABLE = new Map<SearchType, { entity: EntityClass<NodeEntity>; fields: SearchField[] }>();

/** Declares an entity searchable as `type`, through the given text properties. */
export function Searchable(type: SearchType, fields: SearchField[]) {
  return (entity: EntityClass<NodeEntity>): void => void SEARCHABLE.set(type, { entity, fields });
}

/** The tie-break order of results with equal scores (a ranking choice, not a list of types to keep in step). */
export const TYPE_ORDER: readonly SearchType[] = [
  SearchType.PROVINCE,
  SearchType.GATE,
  SearchType.PERSON,
  SearchType.DECISION,
  SearchType.PROJECT,
  SearchType.ECONOMIC_ZONE,
  SearchType.INDICATOR,
  SearchType.MEETING,
  SearchType.BREAKTHROUGH,
  SearchType.PLAN_ITEM,
  SearchType.TARGET,
  SearchType.SOURCE,
];
