import type { Row } from '../data/row.js';
import { decisionDate } from '../decision/decision.dates.js';
import type { PlanDecision } from '../decision/decision.entity.js';
import type { Target } from './target.entity.js';

type Dated = { target: Row<Target>; decision: Row<PlanDecision> };

const overlaps = (a: Row<Target>, b: Row<Target>): boolean => {
  if (!a.period || !b.period) return false;
  return (a.period.startYear ?? -Infinity) <= b.period.endYear && (b.period.startYear ?? -Infinity) <= a.period.endYear;
};

/**
 * Whether `later` is set by a later document than `earlier`: by the documents' dates when both
 * are known, else by the targets' first years (a congress resolution without a stated date that
 * sets 2026-2030 speaks after a plan for 2021-2030).
 */
function speaksAfter(later: Dated, earlier: Dated): boolean {
  const [l, e] = [decisionDate(later.decision), decisionDate(earlier.decision)];
  if (l && e) return l > e;
  const [ls, es] = [later.target.period?.startYear, earlier.target.period?.startYear];
  return ls != null && es != null && ls > es;
}

/**
 * The target `target` revises: among the targets of the same indicator and province over an
 * overlapping period set by an earlier document, the latest. Null when there is none.
 */
export function revisedTarget(target: Dated, siblings: readonly Dated[]): Row<Target> | null {
  const province = target.target.province?.id ?? null;
  const earlier = siblings.filter(
    (s) => s.target.id !== target.target.id && (s.target.province?.id ?? null) === province && overlaps(s.target, target.target) && speaksAfter(target, s),
  );
  const latest = earlier.reduce<Dated | null>((best, s) => (best === null || speaksAfter(s, best) ? s : best), null);
  return latest?.target ?? null;
}

/** Who revises whom among the targets of one indicator: each target's revised one, and its revisers in row order. */
export interface Lineage {
  revises: Map<number, Row<Target> | null>;
  revisedBy: Map<number, Row<Target>[]>;
}

export function lineageOf(siblings: readonly Dated[]): Lineage {
  const lineage: Lineage = { revises: new Map(), revisedBy: new Map(siblings.map((s) => [s.target.id, []])) };
  for (const s of siblings) {
    const revised = revisedTarget(s, siblings);
    lineage.revises.set(s.target.id, revised);
    if (revised) lineage.revisedBy.get(revised.id)!.push(s.target);
  }
  return lineage;
}
