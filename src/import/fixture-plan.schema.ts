import { z } from 'zod';
import { BreakthroughArea } from '../breakthrough/breakthrough.enums.js';
import { DecisionKind } from '../decision/decision.enums.js';
import { PlanItemArea, PlanItemKind } from '../plan-item/plan-item.enums.js';
import { Comparator, Unit } from '../indicator/indicator.enums.js';
import { amount, citations, date, key, optional, period, slug, text, uncertainty, year } from './fixture-fields.js';

// The plan documents and what they state: decisions, breakthroughs, and the figures (targets set,
// observations made). Objects are strict: an unknown field is an error.

export const decisionRecord = z.strictObject({
  key,
  number: optional(text),
  kind: z.enum(DecisionKind),
  title: text,
  titleEn: text,
  issuer: text,
  issuerEn: text,
  signer: optional(key),
  signedOn: optional(date),
  effectiveOn: optional(date),
  period: optional(period),
  visionYear: optional(year),
  province: optional(slug),
  implements: optional(key),
  amends: optional(key),
  replaces: optional(key),
  uncertainty,
  citations,
});

export const planItemRecord = z.strictObject({
  key,
  decision: key,
  kind: z.enum(PlanItemKind),
  ordinal: z.number().int().min(1),
  title: text,
  titleEn: text,
  area: z.enum(PlanItemArea),
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
