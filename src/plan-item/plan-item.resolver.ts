import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { Row } from '../data/row.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { PlanItem } from './plan-item.entity.js';

@Resolver(() => PlanItem)
export class PlanItemResolver {
  @FieldResolver(() => PlanDecision, { description: 'The document that lists it.' })
  async decision(@Root() item: Row<PlanItem>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision>> {
    return (await loaders.one(PlanItem, 'decision', item))!;
  }
}

@Resolver(() => PlanDecision)
export class DecisionItemsResolver {
  @FieldResolver(() => [PlanItem], {
    description: 'The lists the document enumerates (orientations, requirements, task groups, solutions), as the document orders them.',
  })
  items(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<PlanItem>[]> {
    // Fixture order is the document's order: each list in turn, by position.
    return loaders.all(PlanDecision, 'items', decision);
  }
}
