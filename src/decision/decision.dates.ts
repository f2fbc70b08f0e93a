import type { EntityClass } from '@mikro-orm/core';
import { eachRow, knownFrom } from '../common/known-from.js';
import type { Row } from '../data/row.js';
import { PlanDecision } from './decision.entity.js';

/** A document speaks from its signature, else from its entry into force; undated documents always. */
export const decisionDate = (decision: Pick<Row<PlanDecision>, 'signedOn' | 'effectiveOn'>): string | null => decision.signedOn ?? decision.effectiveOn ?? null;

knownFrom(PlanDecision, eachRow(decisionDate));

/** What a document sets (targets, breakthroughs, items) is known from the document's date. */
export function knownFromDecision<T extends { decision?: unknown }>(entity: EntityClass<T>): void {
  knownFrom(entity, async (rows, loaders) => {
    const refs = rows.map((row) => (row as { decision?: { id: number } | null }).decision ?? null);
    const decisions = await loaders.many(
      PlanDecision,
      refs.filter((ref) => ref !== null).map((ref) => ref.id),
    );
    const byId = new Map(decisions.map((d) => [d.id, decisionDate(d)]));
    return refs.map((ref) => (ref ? (byId.get(ref.id) ?? null) : null));
  });
}
