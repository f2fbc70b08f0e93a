import { GraphQLDateTime } from 'graphql-scalars';
import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';

@ObjectType({ description: "The caller's request budget, as GitHub's GraphQL API reports it. Points are spent per request: 1 plus 1 per 100 potential nodes." })
export class RateLimit {
  @Field(() => Int, { description: 'Points this request cost.' })
  cost!: number;

  @Field(() => Int, { description: 'Points a client may spend per window.' })
  limit!: number;

  @Field(() => Int, { description: 'Points left in the current window, after this request.' })
  remaining!: number;

  @Field(() => Int, { description: 'Points spent in the current window, this request included.' })
  used!: number;

  @Field(() => GraphQLDateTime, { description: 'When the window ends and the full budget is back.' })
  resetAt!: Date;

  @Field(() => Int, { description: 'The most nodes this request could return, from its page sizes (the node budget).' })
  nodeCount!: number;
}

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimit, { description: "The caller's request budget: what this request cost and what is left. Answers are never cached." })
  rateLimit(@Ctx() { request }: Context): RateLimit {
    // The answer depends on the caller, so the response cache must not keep it.
    request.uncacheable = true;
    const state = request.rateLimit!;
    return {
      cost: state.cost,
      limit: state.limit,
      remaining: state.remaining,
      used: state.used,
      resetAt: state.resetAt,
      nodeCount: request.cost?.requested ?? 0,
    };
  }
}
