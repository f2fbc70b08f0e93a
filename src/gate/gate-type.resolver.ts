import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { Row } from '../data/row.js';
import { GateStatusChange } from './gate-status-change.entity.js';
import { Gate } from './gate.entity.js';
import { GateType } from './gate.enums.js';

/**
 * The type a gate had on a date, from its history (oldest first): the last step done by then.
 * An undated step done counts from the start (the sources give it as the state before the dated
 * steps); before every step done, the first one known stands. Without asOf, the stored type.
 */
export function typeOn(history: readonly Row<GateStatusChange>[], date: string): { type: GateType; plannedType: GateType | null } | null {
  const done = history.filter((step) => !step.planned);
  if (done.length === 0) return null;
  const until = done.filter((step) => step.since == null || step.since <= date);
  const last = until.at(-1) ?? done[0]!;
  const later = history.slice(history.indexOf(last) + 1);
  const plan = later.findLast((step) => step.planned && (step.period?.startYear == null || step.period.startYear <= Number(date.slice(0, 4))));
  return { type: last.type, plannedType: plan && plan.type !== last.type ? plan.type : null };
}

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
