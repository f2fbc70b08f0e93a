import type { EntityClass } from '@mikro-orm/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Breakthrough } from '../breakthrough/breakthrough.entity.js';
import { badUserInput } from '../common/errors.js';
import type { NodeEntity } from '../common/base.entity.js';
import { fromGlobalId } from '../common/global-id.js';
import { MAX_PAGE_SIZE } from '../common/paging.js';
import type { Context } from '../context.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { EconomicZone } from '../economic-zone/economic-zone.entity.js';
import { Gate } from '../gate/gate.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { Observation } from '../observation/observation.entity.js';
import { Project } from '../project/project.entity.js';
import { Province } from '../province/province.entity.js';
import { SourceDocument } from '../source/source.entity.js';
import { Target } from '../target/target.entity.js';
import { Node } from './node.type.js';

// Every Node type, by GraphQL type name.
const NODE_ENTITIES = new Map<string, typeof NodeEntity>(
  [Province, PlanDecision, Breakthrough, Indicator, Target, Observation, Project, Gate, EconomicZone, SourceDocument, Milestone].map((entity) => [
    entity.name,
    entity,
  ]),
);
const NODE_TYPES = [...NODE_ENTITIES.keys()];

function loadNode({ loaders }: Context, id: string): Promise<object | null> {
  const { typeName, key } = fromGlobalId(id, NODE_TYPES);
  const entity = NODE_ENTITIES.get(typeName)!;
  return loaders.byKey(entity as EntityClass<NodeEntity>, entity.naturalKey as never).load(key);
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
