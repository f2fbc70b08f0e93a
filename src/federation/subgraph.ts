import type { EntityClass } from '@mikro-orm/core';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type ConstDirectiveNode, type DefinitionNode, type GraphQLSchema, Kind, parse, printSchema } from 'graphql';
import { createResolversMap } from 'type-graphql';
import type { NodeEntity } from '../common/base.entity.js';
import { badUserInput } from '../common/errors.js';
import { fromGlobalId } from '../common/global-id.js';
import type { Loaders } from '../data/loaders.js';
import { describeFederation } from './descriptions.js';
import { extraKeys } from './keys.js';

/** The Federation version the SDL links to, and the directives it uses. */
export const FEDERATION = { url: 'https://specs.apollo.dev/federation/v2.7', import: ['@key', '@shareable'] } as const;

/** At most this many representations per `_entities` request; each also counts against the node budget (limits/cost.ts). */
export const MAX_REPRESENTATIONS = 1_000;

/** Value types other subgraphs commonly define too (Relay's PageInfo): resolvable by either. */
const SHAREABLE = ['PageInfo'];

/** How one key field of one entity type finds its row. */
interface Key {
  field: string;
  /** What is wrong with a value, before anything is loaded; null when it can be looked up. */
  check?: (value: string) => string | null;
  load(loaders: Loaders, value: string): Promise<object | null>;
}

/** Every entity's keys: its global `id`, its natural key when it is a field, and the keys its feature declares. */
function keysOf(schema: GraphQLSchema, entities: readonly (typeof NodeEntity)[]): Map<string, Key[]> {
  const names = entities.map((e) => e.name);
  return new Map(
    entities.map((entity) => {
      const { name, naturalKey } = entity;
      const type = entity as unknown as EntityClass<NodeEntity>;
      const byNatural = (loaders: Loaders, value: string) => loaders.byKey(type, naturalKey as never).load(value);
      const keys: Key[] = [
        {
          field: 'id',
          check: (id) => {
            try {
              fromGlobalId(id, names);
              return null;
            } catch (error) {
              return (error as Error).message;
            }
          },
          load: (loaders, id) => {
            // A well-formed ID of another type names no object of this one.
            const decoded = fromGlobalId(id, names);
            return decoded.typeName === name ? byNatural(loaders, decoded.key) : Promise.resolve(null);
          },
        },
      ];
      const fields = (schema.getType(name) as { getFields?: () => Record<string, unknown> }).getFields?.() ?? {};
      if (naturalKey in fields) keys.push({ field: naturalKey, load: byNatural });
      for (const key of extraKeys(type as EntityClass<object>))
        keys.push({ field: key.field, load: (loaders, value) => loaders.byKey(type, key.property as never).load(key.normalise(value)) });
      return [name, keys];
    }),
  );
}

const directive = (name: string, fields?: string): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: name },
  arguments: fields ? [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'fields' }, value: { kind: Kind.STRING, value: fields } }] : [],
});

/** The schema's SDL with the Federation link, a `@key` per key of each entity, and `@shareable` value types. */
function subgraphSdl(schema: GraphQLSchema, keys: Map<string, Key[]>) {
  const link = parse(`extend schema @link(url: "${FEDERATION.url}", import: ${JSON.stringify(FEDERATION.import)})`).definitions[0]!;
  const definitions = parse(printSchema(schema)).definitions.map((definition): DefinitionNode => {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) return definition;
    const name = definition.name.value;
    const added = [...(keys.get(name) ?? []).map((key) => directive('key', key.field)), ...(SHAREABLE.includes(name) ? [directive('shareable')] : [])];
    return added.length ? { ...definition, directives: [...(definition.directives ?? []), ...added] } : definition;
  });
  return { kind: Kind.DOCUMENT, definitions: [link, ...definitions] } as const;
}

/** The first thing wrong with a representation, in words, or null when it names one of the type's keys with a string. */
function problem(representation: unknown, keys: Map<string, Key[]>): string | null {
  if (representation === null || typeof representation !== 'object' || Array.isArray(representation)) return 'is not an object';
  const { __typename, ...fields } = representation as Record<string, unknown>;
  const typeKeys = typeof __typename === 'string' ? keys.get(__typename) : undefined;
  if (!typeKeys) return `names the type ${JSON.stringify(__typename ?? null)}, which is not an entity of Plan Graph (entities: ${[...keys.keys()].join(', ')})`;
  const key = typeKeys.find((k) => k.field in fields);
  const allowed = typeKeys.map((k) => k.field).join(' or ');
  if (!key) return `has no key field of ${__typename}: give ${allowed}`;
  const value = fields[key.field];
  if (typeof value !== 'string') return `gives ${__typename}.${key.field} as ${value === null ? 'null' : typeof value}; keys are strings`;
  const wrong = key.check?.(value);
  return wrong ? `gives a ${__typename}.${key.field} that cannot be looked up: ${wrong}` : null;
}

/**
 * Plan Graph as an Apollo Federation 2 subgraph: the type-graphql schema printed with its keys and
 * rebuilt by @apollo/subgraph with the same resolvers, plus `_service` and `_entities`. Every
 * representation is checked before any is resolved, so a bad one costs no SQL; the rest resolve
 * through the request's batch loaders: N representations of one type and key, one statement.
 */
export function toSubgraph(schema: GraphQLSchema, entities: readonly (typeof NodeEntity)[]): GraphQLSchema {
  const keys = keysOf(schema, entities);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [name, typeKeys] of keys) {
    resolvers[name] = {
      ...resolvers[name],
      __resolveReference: (representation: Record<string, string>, context: { loaders: Loaders }) => {
        const key = typeKeys.find((k) => k.field in representation)!;
        return key.load(context.loaders, representation[key.field]!);
      },
    };
  }
  const subgraph = buildSubgraphSchema({ typeDefs: subgraphSdl(schema, keys), resolvers: resolvers as never });
  const query = subgraph.getQueryType()!.getFields();
  const entitiesField = query._entities!;
  const resolveEntities = entitiesField.resolve!;
  entitiesField.resolve = (source, args: { representations: unknown[] }, context, info) => {
    args.representations.forEach((representation, i) => {
      const wrong = problem(representation, keys);
      if (wrong) throw badUserInput(`representations[${i}] ${wrong}.`, { argument: 'representations' });
    });
    return resolveEntities(source, args, context, info);
  };
  describeFederation(subgraph, MAX_REPRESENTATIONS);
  return subgraph;
}
