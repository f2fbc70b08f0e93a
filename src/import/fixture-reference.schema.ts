import { z } from 'zod';
import { IndicatorCategory, Unit } from '../indicator/indicator.enums.js';
import { AdministrativeStatus } from '../province/province.enums.js';
import { SourceKind } from '../source/source.enums.js';
import { amount, citations, date, key, optional, slug, text, uncertainty } from './fixture-fields.js';

// The records the others refer to: sources, provinces and indicators. Objects are strict: an
// unknown field is an error, so a typo never silently drops a fact.

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
