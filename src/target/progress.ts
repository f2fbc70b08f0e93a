import type { Row } from '../data/row.js';
import { Unit } from '../indicator/indicator.enums.js';
import type { Observation } from '../observation/observation.entity.js';
import type { Target } from './target.entity.js';
import { ProgressStatus } from './progress.enums.js';
import { dateOf, fmt, LOWER_IS_BETTER, meets, ON_TRACK_RATIO, type Obs, over, required, round, settle, singleYear, yearOf } from './progress-measures.js';

const RATES = new Set<Unit>([Unit.PERCENT_PER_YEAR, Unit.PERCENTAGE_POINTS_PER_YEAR]);

/** What `assess` concludes; the GraphQL TargetProgress (progress.type.ts) shows it as is. */
export interface Assessment {
  status: ProgressStatus;
  baseline: Row<Observation> | null;
  latest: Row<Observation> | null;
  ratio: number | null;
  method: string;
  assessedOn: string | null;
}

/** The observations a target is assessed on, of those of its indicator: its province's (or national ones for a national target), none of an economic zone. */
export function observationsFor(target: Row<Target>, ofIndicator: readonly Obs[]): Obs[] {
  const province = target.province?.id ?? null;
  return ofIndicator.filter((o) => (o.province?.id ?? null) === province && o.economicZone == null);
}

/**
 * The progress of one target on date `on`, from the observations of the same indicator and
 * province. Two kinds of target, after the UN SDG progress methodology and IATI's
 * baseline/target/actual:
 * - a rate ("average GRDP growth 9.72%/year 2021-2030"): the yearly observations inside the
 *   period are averaged (growth rates compounded, point changes summed) and compared with the
 *   required rate;
 * - a level by a year ("GRDP per capita about 102 million VND by 2030"): the pace from a baseline
 *   to the latest observation is compared with the pace needed to reach the level on time.
 * Nothing is extrapolated: without a usable observation the answer is NO_DATA.
 */
export function assess(target: Row<Target>, observations: readonly Obs[], on: string): Assessment {
  const year = Number(on.slice(0, 4));
  const start = target.period?.startYear ?? null;
  const end = target.period?.endYear ?? null;
  const none = (status: ProgressStatus, method: string): Assessment => ({ status, baseline: null, latest: null, ratio: null, method, assessedOn: null });
  if (start != null && year < start) return none(ProgressStatus.NOT_DUE, `The target's period starts in ${start}; nothing is due on ${on}.`);
  const usable = observations
    .filter((o) => o.unit === target.unit && (o.period != null || o.asOf != null) && dateOf(o) <= on)
    .sort((a, b) => yearOf(a) - yearOf(b) || dateOf(a).localeCompare(dateOf(b)));
  const noData = none(
    ProgressStatus.NO_DATA,
    `No observation of this indicator for this province in ${target.unit} up to ${on}${end ? ` within the target's years` : ''}; nothing is estimated.`,
  );
  return RATES.has(target.unit) ? assessRate(target, usable, { start, end }, noData) : assessLevel(target, usable, { start, end }, noData);
}

interface Years {
  start: number | null;
  end: number | null;
}

function assessRate(target: Row<Target>, usable: readonly Obs[], { start, end }: Years, noData: Assessment): Assessment {
  const inPeriod = usable.filter((o) => (start == null || (o.period?.startYear ?? yearOf(o)) >= start) && (end == null || yearOf(o) <= end));
  // One figure per year (the latest published wins); a multi-year average only when no yearly figure exists.
  const byYear = new Map(inPeriod.filter(singleYear).map((o) => [yearOf(o), o]));
  const yearly = [...byYear.values()];
  const spans = inPeriod.filter((o) => !singleYear(o));
  const used = yearly.length > 0 ? yearly : spans.slice(-1);
  if (used.length === 0) return noData;
  const values = used.map((o) => o.value);
  const compounded = target.unit === Unit.PERCENT_PER_YEAR;
  const observed = settle(
    compounded ? (values.reduce((p, v) => p * (1 + v / 100), 1) ** (1 / values.length) - 1) * 100 : values.reduce((s, v) => s + v, 0) / values.length,
  );
  const first = used[0]!;
  const latest = used[used.length - 1]!;
  const ratio = over(target, observed, target.value);
  const covered = `${yearly.length > 0 ? `${values.length} yearly figure${values.length > 1 ? 's' : ''}` : 'the period average'} ${first.period?.startYear ?? yearOf(first)}-${yearOf(latest)}`;
  const average = `${compounded ? 'compound average' : 'average'} of ${covered}: ${fmt(observed)} against ${required(target)}`;
  const done = end != null && yearOf(latest) >= end;
  const status = done
    ? meets(target, observed)
      ? ProgressStatus.ACHIEVED
      : ProgressStatus.OFF_TRACK
    : ratio != null && ratio >= ON_TRACK_RATIO
      ? ProgressStatus.ON_TRACK
      : ProgressStatus.OFF_TRACK;
  const verdict = done
    ? `the period is complete, so the target is ${status === ProgressStatus.ACHIEVED ? 'met' : 'missed'}`
    : `ratio ${ratio ?? 'undefined'}; on track needs at least ${ON_TRACK_RATIO} (UN SDG progress threshold)`;
  return { status, baseline: first, latest, ratio, method: `Rate target: ${average}; ${verdict}.`, assessedOn: dateOf(latest) };
}

function assessLevel(target: Row<Target>, usable: readonly Obs[], { start, end }: Years, noData: Assessment): Assessment {
  const latest = usable[usable.length - 1];
  if (!latest) return noData;
  const assessedOn = dateOf(latest);
  const ly = yearOf(latest);
  const base = { latest, assessedOn };
  if (meets(target, latest.value))
    return {
      ...base,
      status: ProgressStatus.ACHIEVED,
      baseline: null,
      ratio: over(target, latest.value, target.value),
      method: `Level target: ${fmt(latest.value)} in ${ly} meets ${required(target)}.`,
    };
  if (end != null && ly >= end)
    return {
      ...base,
      status: ProgressStatus.OFF_TRACK,
      baseline: null,
      ratio: over(target, latest.value, target.value),
      method: `Level target: ${fmt(latest.value)} in ${ly}, the target year or later, misses ${required(target)}.`,
    };
  if (end == null)
    return {
      ...noData,
      latest,
      assessedOn,
      method: `Level target without a target year: ${fmt(latest.value)} in ${ly} does not meet ${required(target)} yet, and no pace can be judged.`,
    };
  const earlier = usable.filter((o) => yearOf(o) < ly);
  const baseline = [...earlier].reverse().find((o) => start == null || yearOf(o) <= start) ?? earlier[0];
  if (!baseline)
    return {
      ...noData,
      latest,
      assessedOn,
      method: `Level target: one observation (${fmt(latest.value)} in ${ly}); a pace needs a baseline from an earlier year.`,
    };
  const by = yearOf(baseline);
  // Compound annual growth (the SDG method) when every value is positive, else a straight line.
  const pace = (from: number, to: number, years: number) => (from > 0 && to > 0 ? (to / from) ** (1 / years) - 1 : (to - from) / years);
  const needed = pace(baseline.value, target.value, end - by);
  const actual = pace(baseline.value, latest.value, ly - by);
  const ratio = needed === 0 || Math.sign(needed) !== (LOWER_IS_BETTER.has(target.comparator) ? -1 : 1) ? null : round(actual / needed);
  const status = ratio != null && ratio >= ON_TRACK_RATIO ? ProgressStatus.ON_TRACK : ProgressStatus.OFF_TRACK;
  const method =
    `Level target: from ${fmt(baseline.value)} in ${by} to ${fmt(latest.value)} in ${ly}, against ${required(target)} by ${end}; ` +
    `observed pace over required pace ${ratio ?? 'undefined (the baseline already met the level)'}; on track needs at least ${ON_TRACK_RATIO} (UN SDG progress threshold).`;
  return { ...base, status, baseline, ratio, method };
}
