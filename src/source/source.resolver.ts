import type { Row } from '../data/row.js';
import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import { SourceDocument, SourceDocumentConnection } from './source.entity.js';

@Resolver(() => SourceDocument)
export class SourceResolver {
  @Query(() => SourceDocumentConnection, { description: 'Every document the graph cites.' })
  sources(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Row<SourceDocument>>> {
    return rootPage(ctx, SourceDocument, {}, page);
  }

  @Query(() => SourceDocument, { nullable: true, description: 'One source by key; null when none matches.' })
  source(
    @Arg('key', () => String, { description: 'Source key, e.g. "cao-bang-plan-conference".' }) key: string,
    @Ctx() { loaders }: Context,
  ): Promise<Row<SourceDocument> | null> {
    return loaders.byKey(SourceDocument, 'key').load(key.trim());
  }
}
