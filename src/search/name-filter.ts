import type { Context } from '../context.js';
import { searchIndex } from './search.repository.js';
import { queryWords } from './search.text.js';
import type { SearchType } from './search.types.js';

export const NAME_CONTAINS_DESCRIPTION =
  'Only those whose name (Vietnamese or English, any case, with or without diacritics) has words starting with each of these words: "tra li" matches Trà Lĩnh.';

/** A where clause for a `nameContains` filter: undefined when blank, else the matching row ids. */
export async function nameContains({ em }: Context, type: SearchType, text: string | null | undefined): Promise<{ $in: number[] } | undefined> {
  if (text == null || !text.trim()) return undefined;
  const words = queryWords(text, 'nameContains');
  const hits = words.length ? await searchIndex(em, words, { types: [type], namesOnly: true }) : [];
  return { $in: hits.map((hit) => hit.entityId).sort((a, b) => a - b) };
}
