import type { EntityClass } from '@mikro-orm/core';
import type { z } from 'zod';
import { Breakthrough } from '../breakthrough/breakthrough.entity.js';
import { foldDecisionNumber } from '../common/fold.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { EconomicZone } from '../economic-zone/economic-zone.entity.js';
import { GateStatusChange } from '../gate/gate-status-change.entity.js';
import { Gate } from '../gate/gate.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { Observation } from '../observation/observation.entity.js';
import { OfficeTerm } from '../person/office-term.entity.js';
import { Person } from '../person/person.entity.js';
import { PlanItem } from '../plan-item/plan-item.entity.js';
import { Project } from '../project/project.entity.js';
import { Province } from '../province/province.entity.js';
import { SourceDocument } from '../source/source.entity.js';
import { Target } from '../target/target.entity.js';
import { settableRelations } from './declared-relations.js';
import * as infrastructure from './fixture-infrastructure.schema.js';
import * as people from './fixture-people.schema.js';
import * as plan from './fixture-plan.schema.js';
import * as reference from './fixture-reference.schema.js';
import { currentGateTypes, type Row } from './row-helpers.js';

/**
 * One fixture collection: its file, its schema, its natural key and the entity its records become.
 * The rows are built from the entity's metadata (rows.ts); the hooks hold only what a record does
 * not say field for field.
 */
export interface Collection<S extends z.ZodObject = z.ZodObject> {
  file: string;
  schema: S;
  key: keyof z.infer<S> & string;
  entity: EntityClass<object>;
  /** Row order when not the file's: row ids, and so the citation ids, follow it. */
  order?(a: z.infer<S>, b: z.infer<S>): number;
  /** Columns computed from the record rather than copied from one of its fields. */
  derive?(record: z.infer<S>): Row;
  /** Records of another entity written inside each record, mapped and cited right after it. */
  nested?: { entity: EntityClass<object>; records(record: z.infer<S>): Row[] };
}

const collection = <S extends z.ZodObject>(spec: Collection<S>) => spec;

// Every collection, in load order: rows are inserted (and their citations numbered) in this order,
// so a collection only refers to collections above it, or to itself.
export const COLLECTIONS = {
  sources: collection({ file: 'sources.yaml', schema: reference.sourceRecord, key: 'key', entity: SourceDocument }),
  indicators: collection({ file: 'indicators.yaml', schema: reference.indicatorRecord, key: 'code', entity: Indicator }),
  provinces: collection({
    file: 'provinces.yaml',
    schema: reference.provinceRecord,
    key: 'slug',
    entity: Province,
    // Listed by statistics code, the active holder of a shared code first.
    order: (a, b) => a.code.localeCompare(b.code) || a.status.localeCompare(b.status) || a.slug.localeCompare(b.slug),
  }),
  people: collection({ file: 'people.yaml', schema: people.personRecord, key: 'key', entity: Person }),
  officeTerms: collection({ file: 'office-terms.yaml', schema: people.officeTermRecord, key: 'key', entity: OfficeTerm }),
  decisions: collection({
    file: 'decisions.yaml',
    schema: plan.decisionRecord,
    key: 'key',
    entity: PlanDecision,
    // Numbers are looked up folded ("1486/qd-ttg"), typed without diacritics.
    derive: (r) => ({ numberFolded: r.number ? foldDecisionNumber(r.number) : null }),
  }),
  planItems: collection({ file: 'plan-items.yaml', schema: plan.planItemRecord, key: 'key', entity: PlanItem }),
  meetings: collection({ file: 'meetings.yaml', schema: people.meetingRecord, key: 'key', entity: Meeting }),
  economicZones: collection({ file: 'economic-zones.yaml', schema: infrastructure.economicZoneRecord, key: 'slug', entity: EconomicZone }),
  breakthroughs: collection({ file: 'breakthroughs.yaml', schema: plan.breakthroughRecord, key: 'key', entity: Breakthrough }),
  targets: collection({ file: 'targets.yaml', schema: plan.targetRecord, key: 'key', entity: Target }),
  observations: collection({ file: 'observations.yaml', schema: plan.observationRecord, key: 'key', entity: Observation }),
  gates: collection({
    file: 'gates.yaml',
    schema: infrastructure.gateRecord,
    key: 'slug',
    entity: Gate,
    // The type history is stored as rows of its own; the gate keeps its current and planned type
    // so that filters stay in SQL.
    derive: (r) => currentGateTypes(r.typeHistory),
    nested: { entity: GateStatusChange, records: (r) => r.typeHistory.map((change) => ({ ...change, gate: r.slug })) },
  }),
  projects: collection({ file: 'projects.yaml', schema: infrastructure.projectRecord, key: 'slug', entity: Project }),
  milestones: collection({ file: 'milestones.yaml', schema: infrastructure.milestoneRecord, key: 'key', entity: Milestone }),
};

type Collections = typeof COLLECTIONS;
export type CollectionName = keyof Collections;
export type Dataset = { [K in CollectionName]: z.infer<Collections[K]['schema']>[] };

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export const FIXTURE_FILES: readonly string[] = Object.values(COLLECTIONS).map((c) => c.file);

/** The collection whose records become rows of the named entity. */
function collectionOf(entityName: string): CollectionName {
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
