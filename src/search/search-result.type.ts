import { Field, Float, ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.js';
import type { SearchType } from './search.types.js';

@ObjectType('SearchResult', { description: 'One object search found, with why it matched.' })
export class SearchResult {
  /** Which table `entityId` belongs to; the node field loads it. */
  type!: SearchType;
  entityId!: number;

  @Field(() => Float, { description: 'Relevance: whole-name matches score highest, then name prefixes, then other fields. Only the order is meaningful.' })
  score!: number;

  @Field(() => String, { description: 'The field that matched best: "name", "nameEn", "number", "title", "aliases", "description"…' })
  matchedField!: string;

  @Field(() => String, { nullable: true, description: 'Language of the matched field ("vi", "en"); null for codes and names that are the same in both.' })
  language!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A short excerpt of the matched field in its own language, the matching words in <mark>…</mark>; the rest is HTML-escaped.',
  })
  snippet!: string | null;
}

export const SearchResultConnection = connectionOf(SearchResult, 'search results');
