import { z } from 'zod';
import { typeOn } from '../gate/gate-types.js';
import { GateStatusChange } from '../gate/gate-status-change.entity.js';
import { Gate } from '../gate/gate.entity.js';
import { GateType } from '../gate/gate.enums.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { MilestoneKind } from '../milestone/milestone.enums.js';
import { Project } from '../project/project.entity.js';
import { ProjectKind, ProjectStatus } from '../project/project.enums.js';
import { collection } from './collection.js';
import { amount, citations, date, key, optional, period, slug, text, uncertainty } from './fixture-fields.js';

// What is built on the ground and when: border gates, projects and milestones.
// Objects are strict: an unknown field is an error.

const money = z.strictObject({ amount: amount.positive(), currency: z.enum(['VND', 'USD']), label: optional(text) });

export const projectRecord = z.strictObject({
  slug,
  name: text,
  nameEn: text,
  aliases: optional(z.array(text)),
  kind: z.enum(ProjectKind),
  status: z.enum(ProjectStatus),
  description: optional(text),
  descriptionEn: optional(text),
  provinces: z.array(slug).min(1, 'a project needs at least one province'),
  gates: optional(z.array(slug)),
  breakthroughs: optional(z.array(key)),
  decisions: optional(z.array(key)),
  period: optional(period),
  lengthKm: optional(amount.positive()),
  investment: optional(z.array(money)),
  uncertainty,
  citations,
});

const statusChange = z.strictObject({
  type: z.enum(GateType),
  since: optional(date),
  planned: z.boolean(),
  period: optional(period),
  label: optional(text),
  citations,
});

export const gateRecord = z.strictObject({
  slug,
  name: text,
  nameEn: text,
  province: slug,
  locality: optional(text),
  counterpart: optional(text),
  counterpartLocation: optional(text),
  partOf: optional(slug),
  economicZone: optional(slug),
  description: optional(text),
  descriptionEn: optional(text),
  typeHistory: z
    .array(statusChange)
    .min(1)
    .refine((history) => history.some((change) => !change.planned), 'needs at least one entry with planned: false (the type in force)'),
  uncertainty,
  citations,
});

export const milestoneRecord = z.strictObject({
  key,
  kind: z.enum(MilestoneKind),
  title: text,
  titleEn: text,
  province: slug,
  decision: optional(key),
  project: optional(slug),
  gate: optional(slug),
  period: optional(period),
  uncertainty,
  citations,
});

// Last in load order (dataset.ts).
export const collections = {
  gates: collection({
    file: 'gates.yaml',
    schema: gateRecord,
    key: 'slug',
    entity: Gate,
    // The type history is stored as rows of its own; the gate keeps its current and planned type
    // (the last unplanned step and the upgrade planned after it) so that filters stay in SQL.
    // The schema requires a step done, so there is always a type.
    derive: (r) => typeOn(r.typeHistory)!,
    nested: { entity: GateStatusChange, records: (r) => r.typeHistory.map((change) => ({ ...change, gate: r.slug })) },
  }),
  projects: collection({ file: 'projects.yaml', schema: projectRecord, key: 'slug', entity: Project }),
  milestones: collection({ file: 'milestones.yaml', schema: milestoneRecord, key: 'key', entity: Milestone }),
};
