import type { Row } from '../data/row.js';
import { Comparator } from '../indicator/indicator.enums.js';
import type { Observation } from '../observation/observation.entity.js';
import { observedOn } from '../observation/observation.dates.js';
import type { Target } from './target.entity.js';

// The measures progress.ts judges targets with: what meeting a target means, the ratio of observed
// over required, and the dates, years and rounding of observations.

/**
 * "On track" when the observed rate or pace is at least 95% of the required one: the threshold
 * of the UN SDG progress chart as Statistics Canada and Open SDG apply it (open-sdg
 * docs/progress-methodology.md: ratio of observed over required growth, R >= 95% on track).
 */
export const ON_TRACK_RATIO = 0.95;

/** "Khoảng" (about) and "gần" (nearly) count as met within this share of the value. */
const APPROXIMATE = 0.05;

export const LOWER_IS_BETTER = new Set<Comparator>([Comparator.BELOW, Comparator.AT_MOST]);

export type Obs = Row<Observation>;
export const yearOf = (o: Obs): number => o.period?.endYear ?? Number(o.asOf!.slice(0, 4));
// Only observations with a date or years are used, so each has one.
export const dateOf = (o: Obs): string => observedOn(o)!;
export const singleYear = (o: Obs): boolean => (o.period ? o.period.startYear === o.period.endYear : o.asOf != null);
export const round = (n: number): number => Math.round(n * 1000) / 1000;
// Compounding leaves float noise (11.000000000000002): compare at a millionth.
export const settle = (n: number): number => Math.round(n * 1e6) / 1e6;
export const fmt = (n: number): string => String(round(n));

/** Whether `value` satisfies the target's comparator (a range is met from its lower bound up). */
export function meets(target: Row<Target>, value: number): boolean {
  switch (target.comparator) {
    case Comparator.ABOVE:
      return value > target.value;
    case Comparator.BELOW:
      return value < target.value;
    case Comparator.AT_MOST:
      return value <= target.value;
    case Comparator.ABOUT:
    case Comparator.NEARLY:
      return value >= target.value * (1 - APPROXIMATE);
    default: // EQUAL ("đạt": reach), AT_LEAST, BETWEEN (lower bound)
      return value >= target.value;
  }
}

/** Observed over required, oriented so that 1 or more is good whatever the comparator. */
export function over(target: Row<Target>, observed: number, required: number): number | null {
  if (LOWER_IS_BETTER.has(target.comparator)) return observed === 0 ? null : round(required / observed);
  return required === 0 ? null : round(observed / required);
}

export function required(target: Row<Target>): string {
  const bound = target.comparator === Comparator.BETWEEN ? `${target.value} (the lower bound of ${target.value}-${target.maxValue})` : String(target.value);
  return `${target.comparator.toLowerCase().replace('_', ' ')} ${bound}`;
}
