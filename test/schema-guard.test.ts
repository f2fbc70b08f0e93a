import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { unrecordedBreakingChanges } from '../scripts/schema-guard.js';

const BEFORE = `
  "The root" type Query { "A province" province(code: String): Province }
  "A province" type Province { "Code" code: String! "Area" areaKm2: Float }
`;

describe('schema guard', () => {
  it('reports a removed field as breaking', async () => {
    const after = BEFORE.replace('"Area" areaKm2: Float', '');
    expect(await unrecordedBreakingChanges(BEFORE, after, '')).toEqual([{ path: 'Province.areaKm2', message: expect.stringMatching(/areaKm2.*removed/) }]);
  });

  it('reports a new required argument as breaking', async () => {
    const after = BEFORE.replace('province(code: String)', 'province(code: String, slug: String!)');
    expect((await unrecordedBreakingChanges(BEFORE, after, '')).map((c) => c.path)).toEqual(['Query.province.slug']);
  });

  it('accepts a breaking change the changelog records by path', async () => {
    const after = BEFORE.replace('"Area" areaKm2: Float', '');
    expect(await unrecordedBreakingChanges(BEFORE, after, '- `Province.areaKm2`: removed; use `area`.')).toEqual([]);
  });

  it('lets additions through', async () => {
    const after = BEFORE.replace('"Area" areaKm2: Float', '"Area" areaKm2: Float "Slug" slug: String');
    expect(await unrecordedBreakingChanges(BEFORE, after, '')).toEqual([]);
  });

  it('finds nothing breaking between the committed schema and itself', async () => {
    const schema = await readFile('schema/schema.graphql', 'utf8');
    expect(await unrecordedBreakingChanges(schema, schema, '')).toEqual([]);
  });
});
