import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface BreakingChange {
  path: string;
  message: string;
}

/**
 * Breaking changes from `before` to `after` that docs/schema-changelog.md does not record. A change is
 * recorded when the changelog names its schema path in backticks, e.g. `Province.areaKm2`.
 */
export async function unrecordedBreakingChanges(before: string, after: string, changelog: string): Promise<BreakingChange[]> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ path: change.path ?? '(schema)', message: change.message }))
    .filter(({ path }) => !changelog.includes(`\`${path}\``));
}
