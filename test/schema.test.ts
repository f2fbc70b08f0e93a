import { readFile } from 'node:fs/promises';
import { buildSchema as buildSdlSchema, type GraphQLNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema, printSchemaFile } from '../src/schema.js';

describe('schema', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema` after changing the API)', async () => {
    expect(await readFile('schema/schema.graphql', 'utf8')).toBe(await printSchemaFile());
  });

  it('satisfies the public contract: every contract type, field, argument and enum value exists', async () => {
    // The shared contract when it is beside the repo, else the copy in docs/; its connections are only sketched.
    // Names the later issues fix (after the marker) are checked too: the graph through time is built.
    const whole = await readFile('../shared/api/contract.graphql', 'utf8').catch(() => readFile('docs/contract.graphql', 'utf8'));
    const [base, later = ''] = whole.split(/^# -+\n# Names fixed by the later issues/m);
    // A later issue may retype a contract field (PlanDecision.signer became a Person): drop it from the base.
    const retyped = [...later.matchAll(/^extend type (\w+) \{([^}]*)\}/gm)].flatMap(([, type, body]) =>
      [...body!.matchAll(/(\w+)\s*(?:\([^)]*\))?\s*:/g)].map((m) => [type!, m[1]!] as const),
    );
    let sdl = base!;
    for (const [type, field] of retyped) sdl = sdl.replace(new RegExp(`(type ${type}\\b[^{]*\\{[^}]*?)\\n\\s*${field}\\b[^\\n]*`), '$1');
    const connections = new Set([...sdl.matchAll(/\b(\w+)Connection\b/g)].map((m) => m[1]!).filter((name) => name !== 'X'));
    const sketched = [...connections]
      .map(
        (node) =>
          `type ${node}Connection { edges: [${node}Edge!]! nodes: [${node}!]! totalCount: Int! pageInfo: PageInfo! }\ntype ${node}Edge { cursor: String! node: ${node}! }`,
      )
      .join('\n');
    const contract = buildSdlSchema(`${sdl}\n${later.slice(later.indexOf('\n'))}\n${sketched}`);
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(contract.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const ours = schema.getType(type.name);
      if (!ours) {
        missing.push(type.name);
        continue;
      }
      if (isEnumType(type) && isEnumType(ours)) {
        for (const value of type.getValues()) if (!ours.getValue(value.name)) missing.push(`${type.name}.${value.name}`);
      }
      if (
        (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) &&
        (isObjectType(ours) || isInterfaceType(ours) || isInputObjectType(ours))
      ) {
        const fields = ours.getFields();
        for (const field of Object.values(type.getFields())) {
          const mine = fields[field.name];
          if (!mine) missing.push(`${type.name}.${field.name}`);
          else if (String(mine.type) !== String(field.type)) missing.push(`${type.name}.${field.name}: ${String(mine.type)} instead of ${String(field.type)}`);
          for (const arg of 'args' in field ? field.args : []) {
            const ourArg = mine && 'args' in mine ? mine.args.find((a) => a.name === arg.name) : undefined;
            if (!ourArg || String(ourArg.type) !== String(arg.type)) missing.push(`${type.name}.${field.name}(${arg.name}: ${String(arg.type)})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await createSchema();
    const undocumented: string[] = [];
    const check = (what: string, description: string | null | undefined) => {
      if (!description?.trim()) undocumented.push(what);
    };
    for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
      if (type.name.startsWith('__') || (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))) continue;
      check(type.name, type.description);
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
