import { Citation } from '../citation/citation.entity.js';
import { SourceDocument } from '../source/source.entity.js';
import { type ExportEntity, loadEach, type Part, unique, type Value } from './part.js';

type Cited = { source: string | null; locator: string | null; quote: string | null };

/** `cao-bang-plan-conference L14: "… 9,72%/năm"`, one citation after another. */
function citationText(value: Value): string {
  return (value as readonly Cited[])
    .map(({ source, locator, quote }) => `${[source, locator].filter(Boolean).join(' ')}${quote ? `: "${quote}"` : ''}`)
    .join(' | ');
}

/** Each row's citations (source key, locator, quote), as the API's `citations` lists them: two statements per page. */
export function citationsPart(entity: ExportEntity): Part {
  return {
    columns: [{ name: 'citations', csv: citationText }],
    async load(rows, loaders) {
      const lists = await loadEach(
        loaders.allBy(Citation, 'ownerId', { ownerType: entity.name }),
        rows.map((row) => row.id),
      );
      const sources = await loaders.many(SourceDocument, unique([...lists.values()].flat().map((c) => c.source.id)));
      const keyOf = new Map(sources.map((s) => [s.id, s.key]));
      return (row) => [lists.get(row.id)!.map((c): Cited => ({ source: keyOf.get(c.source.id) ?? null, locator: c.locator ?? null, quote: c.quote ?? null }))];
    },
  };
}
