import { registerEnumType } from 'type-graphql';

export enum ProgressStatus {
  ACHIEVED = 'ACHIEVED',
  ON_TRACK = 'ON_TRACK',
  OFF_TRACK = 'OFF_TRACK',
  NOT_DUE = 'NOT_DUE',
  NO_DATA = 'NO_DATA',
}
registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description: 'How far a target has got, judged from the observed figures (see TargetProgress.method for the rule applied).',
  valuesConfig: {
    ACHIEVED: { description: 'The observed figure meets the target (a level reached, or a rate met over the whole period).' },
    ON_TRACK: { description: 'Not yet met, but the observed rate or pace is at least 95% of the one required to meet it on time.' },
    OFF_TRACK: { description: 'The observed rate or pace is below 95% of the one required, or the period ended without the target met.' },
    NOT_DUE: { description: "The target's period has not started on the assessment date." },
    NO_DATA: { description: 'No usable observation (or too few to judge a pace): nothing is estimated.' },
  },
});
