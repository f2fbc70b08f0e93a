import type { Row } from '../data/row.js';
import type { Observation } from './observation.entity.js';

/** The date a figure speaks for: its own date, else the end of the years it covers; null when it has neither. */
export const observedOn = (o: Pick<Row<Observation>, 'asOf' | 'period'>): string | null => o.asOf ?? (o.period ? `${o.period.endYear}-12-31` : null);
