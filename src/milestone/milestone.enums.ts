import { registerEnumType } from 'type-graphql';

// Values are stored as these same strings, so the database reads naturally and the enum is the single source of truth.

export enum MilestoneKind {
  MILESTONE = 'MILESTONE',
  QUALITATIVE_TARGET = 'QUALITATIVE_TARGET',
}
registerEnumType(MilestoneKind, {
  name: 'MilestoneKind',
  description: 'A dated goal without a number.',
  valuesConfig: {
    MILESTONE: { description: 'Something to be done by a date or within a period (upgrade a gate, start a road).' },
    QUALITATIVE_TARGET: { description: 'A goal stated without a figure ("join the average group of the region").' },
  },
});
