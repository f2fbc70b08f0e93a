import type { z } from 'zod';
import * as infrastructure from './fixture-infrastructure.schema.js';
import * as plan from './fixture-plan.schema.js';
import * as reference from './fixture-reference.schema.js';

// Each collection, its file and its natural key. The order is the load order: a collection only
// refers to collections above it, except self-references and milestones' project/gate links.
export const COLLECTIONS = {
  sources: { file: 'sources.yaml', schema: reference.sourceRecord, key: 'key' },
  indicators: { file: 'indicators.yaml', schema: reference.indicatorRecord, key: 'code' },
  provinces: { file: 'provinces.yaml', schema: reference.provinceRecord, key: 'slug' },
  decisions: { file: 'decisions.yaml', schema: plan.decisionRecord, key: 'key' },
  economicZones: { file: 'economic-zones.yaml', schema: infrastructure.economicZoneRecord, key: 'slug' },
  breakthroughs: { file: 'breakthroughs.yaml', schema: plan.breakthroughRecord, key: 'key' },
  targets: { file: 'targets.yaml', schema: plan.targetRecord, key: 'key' },
  observations: { file: 'observations.yaml', schema: plan.observationRecord, key: 'key' },
  gates: { file: 'gates.yaml', schema: infrastructure.gateRecord, key: 'slug' },
  projects: { file: 'projects.yaml', schema: infrastructure.projectRecord, key: 'slug' },
  milestones: { file: 'milestones.yaml', schema: infrastructure.milestoneRecord, key: 'key' },
} as const;

type Collections = typeof COLLECTIONS;
export type CollectionName = keyof Collections;
export type Dataset = { [K in CollectionName]: z.infer<Collections[K]['schema']>[] };

export const FIXTURE_FILES: readonly string[] = Object.values(COLLECTIONS).map((c) => c.file);

// Every reference field: which collection it points into.
export const REFERENCES: [CollectionName, string, CollectionName][] = [
  ['provinces', 'mergedInto', 'provinces'],
  ['decisions', 'province', 'provinces'],
  ['decisions', 'implements', 'decisions'],
  ['economicZones', 'province', 'provinces'],
  ['economicZones', 'partOf', 'economicZones'],
  ['economicZones', 'establishedBy', 'decisions'],
  ['breakthroughs', 'decision', 'decisions'],
  ['breakthroughs', 'province', 'provinces'],
  ['targets', 'indicator', 'indicators'],
  ['targets', 'province', 'provinces'],
  ['targets', 'decision', 'decisions'],
  ['observations', 'indicator', 'indicators'],
  ['observations', 'province', 'provinces'],
  ['observations', 'economicZone', 'economicZones'],
  ['gates', 'province', 'provinces'],
  ['gates', 'partOf', 'gates'],
  ['gates', 'economicZone', 'economicZones'],
  ['projects', 'provinces', 'provinces'],
  ['projects', 'gates', 'gates'],
  ['projects', 'breakthroughs', 'breakthroughs'],
  ['projects', 'decisions', 'decisions'],
  ['milestones', 'province', 'provinces'],
  ['milestones', 'decision', 'decisions'],
  ['milestones', 'project', 'projects'],
  ['milestones', 'gate', 'gates'],
];

/** Every problem found, each naming the file, the record, the field, what was expected and what was found. */
export class FixtureError extends Error {
  constructor(readonly problems: string[]) {
    super(`Fixtures are invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was imported:\n- ${problems.join('\n- ')}`);
    this.name = 'FixtureError';
  }
}

/** How a problem names its record: the file, the position in it and, when it has one, its key. */
export function recordLabel(file: string, index: number, record: unknown, keyField: string): string {
  const key = record && typeof record === 'object' ? (record as Record<string, unknown>)[keyField] : undefined;
  return `${file}: record ${index + 1}${typeof key === 'string' ? ` (${keyField} "${key}")` : ''}`;
}
