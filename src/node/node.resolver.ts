import type { EntityClass, MetadataStorage } from '@mikro-orm/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { NodeEntity } from '../common/base.entity.js';
import { badUserInput } from '../common/errors.js';
import { fromGlobalId } from '../common/global-id.js';
import { knownOn } from '../common/known-from.js';
import { MAX_PAGE_SIZE } from '../common/paging.js';
import type { Context } from '../context.js';
import { Node } from './node.type.js';

// Every Node type by GraphQL type name: the entities MikroORM knows that extend NodeEntity.
const registries = new WeakMap<MetadataStorage, Map<string, typeof NodeEntity>>();
function nodeEntities(metadata: MetadataStorage): Map<string, typeof NodeEntity> {
  let entities = registries.get(metadata);
  if (!entities) {
    const nodes = Object.values(metadata.getAll()).filter((meta) => !meta.abstract && meta.class?.prototype instanceof NodeEntity);
    registries.set(metadata, (entities = new Map(nodes.map((meta) => [meta.className, meta.class as unknown as typeof NodeEntity]))));
  }
  return entities;
}

async function loadNode({ em, loaders, rootAsOf }: Context, id: string): Promise<object | null> {
  const entities = nodeEntities(em.getMetadata());
  const { typeName, key } = fromGlobalId(id, [...entities.keys()]);
  const entity = entities.get(typeName)! as EntityClass<NodeEntity>;
  const found = await loaders.byKey(entity, entities.get(typeName)!.naturalKey as never).load(key);
  // With asOf, a record not yet known on that date does not exist.
  return found && ((await knownOn(loaders, entity, [found], rootAsOf))[0] ?? null);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it no longer exists.' })
  node(@Arg('id', () => ID, { description: 'A global ID taken from an id field.' }) id: string, @Ctx() ctx: Context): Promise<object | null> {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Several objects by global ID, in the same order; null where one no longer exists.' })
  nodes(
    @Arg('ids', () => [ID], { description: `Global IDs taken from id fields (at most ${MAX_PAGE_SIZE}).` }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<(object | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput(`nodes accepts at most ${MAX_PAGE_SIZE} ids, got ${ids.length}.`);
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
