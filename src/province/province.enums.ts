import { registerEnumType } from 'type-graphql';

// Values are stored as these same strings, so the database reads naturally and the enum is the single source of truth.

export enum AdministrativeStatus {
  ACTIVE = 'ACTIVE',
  MERGED = 'MERGED',
}
registerEnumType(AdministrativeStatus, {
  name: 'AdministrativeStatus',
  description: 'Whether a province still exists as a provincial-level unit.',
  valuesConfig: {
    ACTIVE: { description: 'A provincial-level unit today.' },
    MERGED: { description: 'Merged into another province (the 2025 reorganisation); see mergedInto and mergedOn.' },
  },
});
