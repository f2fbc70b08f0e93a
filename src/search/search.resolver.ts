import type { Row } from '../data/row.js';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { toPage } from '../common/connection.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { Node } from '../node/node.type.js';
import { SearchResult, SearchResultConnection } from './search-result.type.js';
import { SEARCHABLE } from './searchable.js';
import { searchIndex } from './search.repository.js';
import { queryWords, snippet } from './search.text.js';
import { SearchType } from './search.types.js';

@Resolver(() => SearchResult)
export class SearchResolver {
  @Query(() => SearchResultConnection, {
    description:
      'Finds provinces, decisions, breakthroughs, indicators, targets, projects, gates, economic zones and sources the way people type: any case, with or without Vietnamese diacritics ("tra linh" finds Trà Lĩnh, "dong dang" Đồng Đăng), word prefixes for typeahead ("tra li"), English names ("expressway"), decision numbers ("1486", "1486/QD-TTg"). Every word must match. Best first: whole name, then name prefix, then other fields.',
  })
  async search(
    @Arg('query', () => String, {
      description: 'What the user typed: 1 to 10 words, at most 200 characters. Punctuation and search syntax are read as plain text.',
    })
    query: string,
    @Arg('types', () => [SearchType], { nullable: true, description: 'Only these kinds of object; all kinds when omitted.' }) types: SearchType[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Page<SearchResult>> {
    const words = queryWords(query);
    const hits = words.length ? await searchIndex(em, words, { types: types ?? undefined }) : [];
    // Results are ranked, not stored: a cursor is a position in this ranking.
    const positions = hits.map((_, i) => i + 1);
    return toPage(positions, page, 'SearchResult', async (ids) =>
      ids.map((position) => {
        const hit = hits[position - 1]!;
        return Object.assign(new SearchResult(), {
          type: hit.type,
          entityId: hit.entityId,
          score: hit.score,
          matchedField: hit.field,
          language: hit.lang,
          snippet: snippet(hit.original, words),
        });
      }),
    );
  }

  @FieldResolver(() => Node, { description: 'The object found; fragment on its type (... on Gate { slug }).' })
  node(@Root() result: Row<SearchResult>, @Ctx() { loaders }: Context): Promise<Node> {
    return loaders.byId(SEARCHABLE.get(result.type)!.entity).load(result.entityId) as unknown as Promise<Node>;
  }
}
