import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { Row } from '../data/row.js';
import { PlanDecision } from './decision.entity.js';

/** How documents descend from one another, both ways: each link is one many-to-one and its inverse. */
@Resolver(() => PlanDecision)
export class DecisionLineageResolver {
  @FieldResolver(() => PlanDecision, { nullable: true, description: 'The plan this document implements (1371/QĐ-TTg implements the Lạng Sơn master plan).' })
  implements(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision> | null> {
    return loaders.one(PlanDecision, 'implements', decision);
  }

  @FieldResolver(() => [PlanDecision], { description: 'Documents that implement this one.' })
  implementedBy(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision>[]> {
    return loaders.all(PlanDecision, 'implementedBy', decision);
  }

  @FieldResolver(() => PlanDecision, { nullable: true, description: 'The document this one amends (adjusts in part), when it says so.' })
  amends(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision> | null> {
    return loaders.one(PlanDecision, 'amends', decision);
  }

  @FieldResolver(() => [PlanDecision], { description: 'Documents that amend this one.' })
  amendedBy(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision>[]> {
    return loaders.all(PlanDecision, 'amendedBy', decision);
  }

  @FieldResolver(() => PlanDecision, { nullable: true, description: 'The document this one replaces as a whole, when it says so.' })
  replaces(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision> | null> {
    return loaders.one(PlanDecision, 'replaces', decision);
  }

  @FieldResolver(() => [PlanDecision], { description: 'Documents that replace this one.' })
  replacedBy(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision>[]> {
    return loaders.all(PlanDecision, 'replacedBy', decision);
  }
}
