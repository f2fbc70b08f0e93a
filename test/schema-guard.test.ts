import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
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
});

// The committed schema against things it did not produce: its own previous version in git, the
// contract's names, and a copy broken on purpose.
const SCHEMA = readFileSync('schema/schema.graphql', 'utf8');
const CHANGELOG = readFileSync('docs/schema-changelog.md', 'utf8');

/** The last committed version of the schema that differs from the working copy, or null without git history. */
function previousSchema(): string | null {
  let commits: string[];
  try {
    commits = execFileSync('git', ['log', '--format=%H', '--', 'schema/schema.graphql'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return null;
  }
  for (const commit of commits) {
    const text = execFileSync('git', ['show', `${commit}:schema/schema.graphql`], { encoding: 'utf8' });
    if (text !== SCHEMA) return text;
  }
  return null;
}

/** Every type, field, argument and enum value the contract names, as "Type", "Type.field", "Type.field.arg", "Enum.VALUE". */
function namesOf(sdl: string): Set<string> {
  const names = new Set<string>();
  for (const def of parse(sdl).definitions) {
    if (!('name' in def) || !def.name) continue;
    const type = def.name.value;
    names.add(type);
    if ('fields' in def)
      for (const field of def.fields ?? []) {
        names.add(`${type}.${field.name.value}`);
        if ('arguments' in field) for (const arg of field.arguments ?? []) names.add(`${type}.${field.name.value}.${arg.name.value}`);
      }
    if ('values' in def) for (const value of def.values ?? []) names.add(`${type}.${value.name.value}`);
  }
  return names;
}

describe('the committed schema', () => {
  it('has no unrecorded breaking change since its previous version (or, without git history, keeps every name of the contract)', async () => {
    const before = previousSchema();
    if (before === null) {
      const missing = [...namesOf(readFileSync('docs/contract.graphql', 'utf8'))].filter((name) => !namesOf(SCHEMA).has(name));
      expect(missing).toEqual([]);
      return;
    }
    expect(before).not.toBe(SCHEMA);
    expect(await unrecordedBreakingChanges(before, SCHEMA, CHANGELOG)).toEqual([]);
  });

  it('keeps every name of docs/contract.graphql', () => {
    const contract = namesOf(readFileSync('docs/contract.graphql', 'utf8'));
    expect(contract.size).toBeGreaterThan(100);
    const schema = namesOf(SCHEMA);
    expect([...contract].filter((name) => !schema.has(name))).toEqual([]);
  });

  it('is caught when a copy of it drops a field, an enum value and an argument', async () => {
    // Each member goes with its one-line description, so the copy still parses.
    const broken = SCHEMA.replace(/\n {2}"{3}[^\n]*"{3}\n {2}borderLengthKm: Float\n/, '\n')
      .replace(/\n {2}"{3}[^\n]*"{3}\n {2}PROVINCE\n/, '\n')
      .replace('search(', 'search(\n    mustHave: String!\n');
    expect(broken).not.toBe(SCHEMA);
    const paths = (await unrecordedBreakingChanges(SCHEMA, broken, CHANGELOG)).map((c) => c.path).sort();
    expect(paths).toEqual(['Province.borderLengthKm', 'Query.search.mustHave', 'SearchType.PROVINCE']);
  });
});
