import { z } from 'zod';
import { Breakthrough } from '../breakthrough/breakthrough.entity.js';
import { BreakthroughArea } from '../breakthrough/breakthrough.enums.js';
import { foldDecisionNumber } from '../common/fold.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { DecisionKind } from '../decision/decision.enums.js';
import { EconomicZone } from '../economic-zone/economic-zone.entity.js';
import { EconomicZoneKind } from '../economic-zone/economic-zone.enums.js';
import { Comparator, Unit } from '../indicator/indicator.enums.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { MeetingKind } from '../meeting/meeting.enums.js';
import { Observation } from '../observation/observation.entity.js';
import { PlanItem } from '../plan-item/plan-item.entity.js';
import { PlanItemArea, PlanItemKind } from '../plan-item/plan-item.enums.js';
import { Target } from '../target/target.entity.js';
import { collection } from './collection.js';
import { amount, citations, date, key, optional, period, slug, text, uncertainty, year } from './fixture-fields.js';

// The plan documents and what they state: decisions and their items, the meetings that adopted
// them, the economic zones they established, breakthroughs, and the figures (targets set,
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

export const meetingRecord = z
  .strictObject({
    key,
    kind: z.enum(MeetingKind),
    name: text,
    nameEn: text,
    startsOn: optional(date),
    endsOn: optional(date),
    province: optional(slug),
    chair: optional(key),
    coChair: optional(key),
    adopted: optional(z.array(key)),
    discussed: optional(z.array(key)),
    uncertainty,
    citations,
  })
  .refine((m) => m.startsOn == null || m.endsOn == null || m.startsOn <= m.endsOn, { path: ['endsOn'], message: 'must not be before startsOn' });

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

// In load order, after the reference collections (dataset.ts).
export const collections = {
  decisions: collection({
    file: 'decisions.yaml',
    schema: decisionRecord,
    key: 'key',
    entity: PlanDecision,
    // Numbers are looked up folded ("1486/qd-ttg"), typed without diacritics.
    derive: (r) => ({ numberFolded: r.number ? foldDecisionNumber(r.number) : null }),
  }),
  planItems: collection({ file: 'plan-items.yaml', schema: planItemRecord, key: 'key', entity: PlanItem }),
  meetings: collection({ file: 'meetings.yaml', schema: meetingRecord, key: 'key', entity: Meeting }),
  economicZones: collection({ file: 'economic-zones.yaml', schema: economicZoneRecord, key: 'slug', entity: EconomicZone }),
  breakthroughs: collection({ file: 'breakthroughs.yaml', schema: breakthroughRecord, key: 'key', entity: Breakthrough }),
  targets: collection({ file: 'targets.yaml', schema: targetRecord, key: 'key', entity: Target }),
  observations: collection({ file: 'observations.yaml', schema: observationRecord, key: 'key', entity: Observation }),
};
