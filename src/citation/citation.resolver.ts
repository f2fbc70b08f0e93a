import type { Row } from '../data/row.js';
import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BaseEntity } from '../common/base.entity.js';
import type { Context } from '../context.js';
import { SourceDocument } from '../source/source.entity.js';
import { Citation } from './citation.entity.js';

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => SourceDocument, { description: 'The document cited.' })
  source(@Root() citation: Row<Citation>, @Ctx() { loaders }: Context): Promise<Row<SourceDocument>> {
    return loaders.byId(SourceDocument).load(citation.source.id);
  }
}

/** Adds `citations` to a cited type; all records of a level share one query. */
export function citationsResolver<T extends BaseEntity>(type: ClassType<T>): ClassType {
  @Resolver(() => type)
  class CitationsResolver {
    @FieldResolver(() => [Citation], { description: 'Where the facts of this record come from: source, place in it, and the words that carry the figure.' })
    citations(@Root() root: Row<BaseEntity>, @Ctx() { loaders }: Context): Promise<Row<Citation>[]> {
      return loaders.allBy(Citation, 'ownerId', { ownerType: type.name }).load(root.id);
    }
  }
  return CitationsResolver;
}
