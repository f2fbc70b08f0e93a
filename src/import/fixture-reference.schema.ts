import { z } from 'zod';
import { Indicator } from '../indicator/indicator.entity.js';
import { IndicatorCategory, Unit } from '../indicator/indicator.enums.js';
import { OfficeTerm } from '../person/office-term.entity.js';
import { Office } from '../person/person.enums.js';
import { Person } from '../person/person.entity.js';
import { Province } from '../province/province.entity.js';
import { AdministrativeStatus } from '../province/province.enums.js';
import { SourceDocument } from '../source/source.entity.js';
import { SourceKind } from '../source/source.enums.js';
import { collection } from './collection.js';
import { amount, citations, date, key, optional, slug, text, uncertainty } from './fixture-fields.js';

// The records the others refer to: sources, indicators, provinces, people and the offices they
// held. Objects are strict: an unknown field is an error, so a typo never silently drops a fact.

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

export const personRecord = z.strictObject({ key, name: text, nameEn: text, uncertainty, citations });

export const officeTermRecord = z
  .strictObject({
    key,
    person: key,
    office: text,
    officeEn: text,
    kind: z.enum(Office),
    province: optional(slug),
    from: optional(date),
    to: optional(date),
    endUnknown: optional(z.boolean()),
    acting: optional(z.boolean()),
    appointedBy: optional(text),
    uncertainty,
    citations,
  })
  .refine((t) => t.from == null || t.to == null || t.from <= t.to, { path: ['to'], message: 'must not be before from' });

// The first collections in load order (dataset.ts): each refers only to those above it or itself.
export const collections = {
  sources: collection({ file: 'sources.yaml', schema: sourceRecord, key: 'key', entity: SourceDocument }),
  indicators: collection({ file: 'indicators.yaml', schema: indicatorRecord, key: 'code', entity: Indicator }),
  provinces: collection({
    file: 'provinces.yaml',
    schema: provinceRecord,
    key: 'slug',
    entity: Province,
    // Listed by statistics code, the active holder of a shared code first.
    order: (a, b) => a.code.localeCompare(b.code) || a.status.localeCompare(b.status) || a.slug.localeCompare(b.slug),
  }),
  people: collection({ file: 'people.yaml', schema: personRecord, key: 'key', entity: Person }),
  officeTerms: collection({ file: 'office-terms.yaml', schema: officeTermRecord, key: 'key', entity: OfficeTerm }),
};
