import type { EntityClass } from '@mikro-orm/core';
import type { z } from 'zod';
import { Breakthrough } from '../breakthrough/breakthrough.entity.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { EconomicZone } from '../economic-zone/economic-zone.entity.js';
import { Gate } from '../gate/gate.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { Observation } from '../observation/observation.entity.js';
import { Project } from '../project/project.entity.js';
import { Province } from '../province/province.entity.js';
import { SourceDocument } from '../source/source.entity.js';
import { Target } from '../target/target.entity.js';
import { settableRelations } from './declared-relations.js';
import * as infrastructure from './fixture-infrastructure.schema.js';
import * as plan from './fixture-plan.schema.js';
import * as reference from './fixture-reference.schema.js';

/** One fixture collection: its file, its schema, its natural key and the entity its records become. */
export interface Collection<S extends z.ZodObject = z.ZodObject> {
  file: string;
  schema: S;
  key: keyof z.infer<S> & string;
  entity: EntityClass<object>;
}

const collection = <S extends z.ZodObject>(spec: Collection<S>) => spec;

// Every collection. The order is the load order: a collection only refers to collections above it,
// except self-references and milestones' project/gate links.
export const COLLECTIONS = {
  sources: collection({ file: 'sources.yaml', schema: reference.sourceRecord, key: 'key', entity: SourceDocument }),
  indicators: collection({ file: 'indicators.yaml', schema: reference.indicatorRecord, key: 'code', entity: Indicator }),
  provinces: collection({ file: 'provinces.yaml', schema: reference.provinceRecord, key: 'slug', entity: Province }),
  decisions: collection({ file: 'decisions.yaml', schema: plan.decisionRecord, key: 'key', entity: PlanDecision }),
  economicZones: collection({ file: 'economic-zones.yaml', schema: infrastructure.economicZoneRecord, key: 'slug', entity: EconomicZone }),
  breakthroughs: collection({ file: 'breakthroughs.yaml', schema: plan.breakthroughRecord, key: 'key', entity: Breakthrough }),
  targets: collection({ file: 'targets.yaml', schema: plan.targetRecord, key: 'key', entity: Target }),
  observations: collection({ file: 'observations.yaml', schema: plan.observationRecord, key: 'key', entity: Observation }),
  gates: collection({ file: 'gates.yaml', schema: infrastructure.gateRecord, key: 'slug', entity: Gate }),
  projects: collection({ file: 'projects.yaml', schema: infrastructure.projectRecord, key: 'slug', entity: Project }),
  milestones: collection({ file: 'milestones.yaml', schema: infrastructure.milestoneRecord, key: 'key', entity: Milestone }),
};

type Collections = typeof COLLECTIONS;
export type CollectionName = keyof Collections;
export type Dataset = { [K in CollectionName]: z.infer<Collections[K]['schema']>[] };

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export const FIXTURE_FILES: readonly string[] = Object.values(COLLECTIONS).map((c) => c.file);

/** The collection whose records become rows of the named entity. */
export function collectionOf(entityName: string): CollectionName {
  const name = COLLECTION_NAMES.find((n) => COLLECTIONS[n].entity.name === entityName);
  if (!name) throw new Error(`no fixture collection holds ${entityName} records`);
  return name;
}

// Every reference field and the collection it points into: the schema fields (in schema order,
// the order the problems are listed in) that the entity declares as relations.
export const REFERENCES: [CollectionName, string, CollectionName][] = COLLECTION_NAMES.flatMap((name) => {
  const relations = settableRelations(COLLECTIONS[name].entity);
  return Object.keys(COLLECTIONS[name].schema.shape).flatMap((field) => {
    const target = relations.get(field);
    return target ? [[name, field, collectionOf(target)] as [CollectionName, string, CollectionName]] : [];
  });
});

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
