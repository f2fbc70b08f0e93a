import { z } from 'zod';
import { EconomicZoneKind } from '../economic-zone/economic-zone.enums.js';
import { GateType } from '../gate/gate.enums.js';
import { MilestoneKind } from '../milestone/milestone.enums.js';
import { ProjectKind, ProjectStatus } from '../project/project.enums.js';
import { amount, citations, date, key, optional, period, slug, text, uncertainty } from './fixture-fields.js';

// What is built on the ground and when: projects, border gates, economic zones and milestones.
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

export const economicZoneRecord = z.strictObject({
  slug,
  name: text,
  nameEn: text,
  kind: z.enum(EconomicZoneKind),
  province: slug,
  partOf: optional(slug),
  establishedBy: optional(key),
  areaHa: optional(amount.positive()),
  description: optional(text),
  descriptionEn: optional(text),
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

export type GateRecord = z.infer<typeof gateRecord>;
