import { z } from 'zod';

// The field shapes that every fixture schema shares (docs/fixtures.md): names, keys, years, dates,
// amounts, periods and citations. The record schemas are in the fixture-*.schema.ts files.

export const text = z.string().trim().min(1, 'must not be empty');
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase ASCII words joined by "-", e.g. "tra-linh"');
export const key = slug;
export const year = z.number().int().min(1900).max(2100);
export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'must be a real calendar date',
  );
export const amount = z.number().finite();
export const optional = <T extends z.ZodType>(schema: T) => schema.nullish();

export const period = z
  .strictObject({ startYear: optional(year), endYear: year })
  .refine((p) => p.startYear == null || p.startYear <= p.endYear, 'startYear must not be after endYear');

const citation = z.strictObject({ source: key, locator: optional(text), quote: optional(text) });
export const citations = z.array(citation).min(1, 'every record needs at least one citation');
export const uncertainty = optional(text);

export type CitationRecord = z.infer<typeof citation>;
