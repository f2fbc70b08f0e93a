import type { GateType } from './gate.enums.js';

/** One step of a type history, as a fixture record and as a stored row both hold it. */
interface Step {
  type: GateType;
  planned: boolean;
  since?: string | null;
  period?: { startYear?: number | null } | null;
}

/**
 * The type a gate had on `date` and the upgrade planned after it, from its history (oldest
 * first): the last step done by then (an undated step counts from the start; before every step
 * done, the first one known stands), and the last plan after it, if begun by then and different.
 * Without a date: the type now, as the import stores it on the gate.
 */
export function typeOn(history: readonly Step[], date = '9999-12-31'): { type: GateType; plannedType: GateType | null } | null {
  const done = history.filter((step) => !step.planned);
  if (done.length === 0) return null;
  const last = done.findLast((step) => step.since == null || step.since <= date) ?? done[0]!;
  const year = Number(date.slice(0, 4));
  const plan = history.slice(history.indexOf(last) + 1).findLast((step) => step.planned && (step.period?.startYear == null || step.period.startYear <= year));
  return { type: last.type, plannedType: plan && plan.type !== last.type ? plan.type : null };
}
