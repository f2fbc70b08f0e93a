import { z } from 'zod';
import { BreakthroughArea } from '../breakthrough/breakthrough.enums.js';
import { DecisionKind } from '../decision/decision.enums.js';
import { EconomicZoneKind } from '../economic-zone/economic-zone.enums.js';
import { GateType } from '../gate/gate.enums.js';
import { Comparator, IndicatorCategory, Unit } from '../indicator/indicator.enums.js';
import { MilestoneKind } from '../milestone/milestone.enums.js';
import { ProjectKind, ProjectStatus } from '../project/project.enums.js';
import { AdministrativeStatus } from '../province/province.enums.js';
import { SourceKind } from '../source/source.enums.js';

// The shape of every fixture file (docs/fixtures.md). Objects are strict: an unknown field is an
// error, so a typo never silently drops a fact.

const text = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase ASCII words joined by "-", e.g. "tra-linh"');
const key = slug;
const year = z.number().int().min(1900).max(2100);
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'must be a real calendar date',
  );
const amount = z.number().finite();
const optional = <T extends z.ZodType>(schema: T) => schema.nullish();

const period = z
  .strictObject({ startYear: optional(year), endYear: year })
  .refine((p) => p.startYear == null || p.startYear <= p.endYear, 'startYear must not be after endYear');

const citation = z.strictObject({ source: key, locator: optional(text), quote: optional(text) });
const citations = z.array(citation).min(1, 'every record needs at least one citation');
const uncertainty = optional(text);

export const sourceRecord = z.strictObject({
  key,
  title: text,
  titleEn: optional(text),
  publisher: optional(text),
  publishedOn: optional(date),
  url: optional(z.url()),
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as "vi"'),
  kind: z.enum(SourceKind),
  seedFile: optional(text),
  uncertainty,
});

export const provinceRecord = z.strictObject({
  code: z.string().regex(/^\d{2}$/, 'must be a two-digit code written as a string, e.g. "04"'),
  formerCodes: optional(z.array(z.string().regex(/^\d{2}$/, 'must be a two-digit code'))),
  slug,
  name: text,
  nameEn: text,
  region: optional(text),
  regionEn: optional(text),
  areaKm2: optional(amount.positive()),
  borderLengthKm: optional(amount.positive()),
  status: z.enum(AdministrativeStatus),
  mergedInto: optional(slug),
  mergedOn: optional(date),
  uncertainty,
  citations,
});

export const indicatorRecord = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be UPPER_SNAKE_CASE'),
  name: text,
  nameEn: text,
  category: z.enum(IndicatorCategory),
  unit: z.enum(Unit),
  description: optional(text),
});

export const decisionRecord = z.strictObject({
  key,
  number: optional(text),
  kind: z.enum(DecisionKind),
  title: text,
  titleEn: text,
  issuer: text,
  issuerEn: text,
  signer: optional(text),
  signedOn: optional(date),
  effectiveOn: optional(date),
  period: optional(period),
  visionYear: optional(year),
  province: optional(slug),
  implements: optional(key),
  uncertainty,
  citations,
});

export const breakthroughRecord = z.strictObject({
  key,
  decision: key,
  province: slug,
  ordinal: z.number().int().min(1),
  title: text,
  titleEn: text,
  area: z.enum(BreakthroughArea),
  period: optional(period),
  uncertainty,
  citations,
});

const figure = {
  key,
  indicator: z.string(),
  province: optional(slug),
  comparator: z.enum(Comparator),
  value: amount,
  maxValue: optional(amount),
  unit: z.enum(Unit),
  isAverage: optional(z.boolean()),
  period: optional(period),
  uncertainty,
  citations,
};

// BETWEEN is the only comparator with an upper bound, and a range must not be empty.
const checkRange = (record: { comparator: Comparator; value: number; maxValue?: number | null }, ctx: z.RefinementCtx) => {
  if (record.comparator === Comparator.BETWEEN && record.maxValue == null) {
    ctx.addIssue({ code: 'custom', path: ['maxValue'], message: 'is required when comparator is BETWEEN' });
  } else if (record.comparator !== Comparator.BETWEEN && record.maxValue != null) {
    ctx.addIssue({ code: 'custom', path: ['maxValue'], message: `is only allowed with comparator BETWEEN, not ${record.comparator}` });
  } else if (record.maxValue != null && record.maxValue <= record.value) {
    ctx.addIssue({ code: 'custom', path: ['maxValue'], message: `must be greater than value (${record.value}), got ${record.maxValue}` });
  }
};

export const targetRecord = z.strictObject({ ...figure, decision: key, statement: text, statementEn: text }).superRefine(checkRange);

export const observationRecord = z
  .strictObject({ ...figure, economicZone: optional(slug), asOf: optional(date), statement: optional(text), statementEn: optional(text) })
  .superRefine(checkRange);

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
export type CitationRecord = z.infer<typeof citation>;
