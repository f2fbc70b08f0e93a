import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { Row } from '../data/row.js';
import { Gate } from './gate.entity.js';
import { GateType } from './gate.enums.js';
import { typeOn } from './gate-types.js';

@Resolver(() => Gate)
export class GateTypeResolver {
  @FieldResolver(() => GateType, { description: "The type in force, by the newest cited fact (on the root field's asOf date when given)." })
  async type(@Root() gate: Row<Gate>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<GateType> {
    return (await this.on(gate, ctx, info))?.type ?? gate.type;
  }

  @FieldResolver(() => GateType, { nullable: true, description: 'The upgrade a plan intends, if any and not yet done (on the asOf date when given).' })
  async plannedType(@Root() gate: Row<Gate>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<GateType | null> {
    const on = await this.on(gate, ctx, info);
    return on ? on.plannedType : (gate.plannedType ?? null);
  }

  /** Only a dated request reads the history: today's answer is stored on the gate. */
  private async on(gate: Row<Gate>, { loaders, dates }: Context, info: GraphQLResolveInfo) {
    const date = dates.asOf(info);
    return date ? typeOn(await loaders.all(Gate, 'typeHistory', gate), date) : null;
  }
}
