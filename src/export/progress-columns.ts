import type { Row } from '../data/row.js';
import { Observation } from '../observation/observation.entity.js';
import { assess, observationsFor } from '../target/progress.js';
import type { Target } from '../target/target.entity.js';
import { idOf, loadEach, type Part, unique } from './part.js';

/** Target.progress flattened: its scalars, and its observations by key. */
const COLUMNS = ['progressStatus', 'progressRatio', 'progressMethod', 'progressAssessedOn', 'progressBaseline', 'progressLatest'];

/** Each target's progress on date `on`, by the API's rule (target/progress.ts): one statement per page. */
export function progressPart(on: string): Part {
  return {
    columns: COLUMNS.map((name) => ({ name })),
    async load(rows, loaders) {
      const byIndicator = await loadEach(loaders.allBy(Observation, 'indicator'), unique(rows.map((row) => idOf(row.indicator))));
      return (row) => {
        const target = row as unknown as Row<Target>;
        const { status, ratio, method, assessedOn, baseline, latest } = assess(target, observationsFor(target, byIndicator.get(target.indicator.id)!), on);
        return [status, ratio, method, assessedOn, baseline?.key ?? null, latest?.key ?? null];
      };
    },
  };
}
