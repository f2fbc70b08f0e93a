import type { Comparator, GateType, ProgressStatus, Unit } from '../sdk/index.js';

// Record<Enum, string>: a value added to the schema fails the type check until it has its words.
export const STATUS_LABELS: Record<ProgressStatus, string> = {
  ACHIEVED: 'Achieved',
  ON_TRACK: 'On track',
  OFF_TRACK: 'Off track',
  NOT_DUE: 'Not due yet',
  NO_DATA: 'No data',
};

export const GATE_TYPE_LABELS: Record<GateType, string> = {
  INTERNATIONAL: 'International gate',
  MAIN: 'Main gate',
  AUXILIARY: 'Secondary gate',
  CROSSING: 'Crossing',
};

const UNITS: Record<Unit, string> = {
  PERCENT: '%',
  PERCENT_PER_YEAR: '%/year',
  PERCENTAGE_POINTS_PER_YEAR: 'points/year',
  MILLION_VND_PER_PERSON: 'million VND/person',
  VND: 'VND',
  USD: 'USD',
  KM: 'km',
  KM2: 'km²',
  COUNT: '',
};

const COMPARATORS: Record<Comparator, string> = {
  EQUAL: '',
  ABOUT: 'about ',
  NEARLY: 'nearly ',
  ABOVE: 'over ',
  AT_LEAST: 'at least ',
  AT_MOST: 'at most ',
  BELOW: 'under ',
  BETWEEN: '',
};

const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
// Money in whole đồng or dollars: 16.3B USD reads better than 16,300,000,000 USD.
const money = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });

export function amount(value: number, unit: Unit): string {
  const number = (unit === 'VND' || unit === 'USD' ? money : plain).format(value);
  const words = UNITS[unit];
  return words === '' ? number : words.startsWith('%') ? `${number}${words}` : `${number} ${words}`;
}

interface Figure {
  comparator: Comparator;
  value: number;
  maxValue: number | null;
  unit: Unit;
}

/** "about 102 million VND/person", "8–9%/year". */
export function figure({ comparator, value, maxValue, unit }: Figure): string {
  if (comparator === 'BETWEEN' && maxValue != null) return `${plain.format(value)}–${amount(maxValue, unit)}`;
  return `${COMPARATORS[comparator]}${amount(value, unit)}`;
}

interface Period {
  startYear: number | null;
  endYear: number;
}

/** "2021–2030", or "by 2030" when only the end is known. */
export function years(period: Period | null): string {
  if (!period) return 'no period stated';
  if (period.startYear == null) return `by ${period.endYear}`;
  return period.startYear === period.endYear ? String(period.endYear) : `${period.startYear}–${period.endYear}`;
}

/** When an observed figure holds: its date, else its years. */
export function observedWhen(observation: { asOf: string | null; period: Period | null }): string {
  return observation.asOf ?? (observation.period ? years(observation.period) : 'undated');
}
