import { type DocumentNode, getNamedType, isObjectType, type GraphQLSchema, isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { badUserInput } from '../common/errors.js';
import { checkPageArgs, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/paging.js';

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);
const isEntity = (type: GraphQLOutputType): boolean => {
  const named = getNamedType(type);
  return isObjectType(named) && named.getInterfaces().some((i) => i.name === 'Node');
};
const isConnection = (type: GraphQLOutputType): boolean => getNamedType(type).name.endsWith('Connection');

/**
 * GitHub's node budget, plus single entities: every connection may return `first`/`last` nodes
 * (20 when neither is given) for each node of the connections around it; a plain list is assumed
 * to hold `listSize` items, `nodes(ids:)` as many as it is given; a single related entity counts
 * 1 each time it is asked for (so aliases of it multiply). Value objects (period, pageInfo) and
 * scalars cost nothing of their own. Introspection is free: it reads the schema, not the data.
 */
function nodeEstimator(listSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
    // The items of a connection are counted by the connection itself.
    if (type.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges')) return childComplexity;
    if (type.name.endsWith('Edge') && field.name === 'node') return childComplexity;
    if (isConnection(field.type)) {
      // Out-of-range page sizes are refused here, before any field runs (a negative `first` must
      // not cancel out the cost of a sibling).
      checkPageArgs(args);
      const size = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
      return size + size * childComplexity;
    }
    if (isList(field.type)) {
      if (Array.isArray(args.ids) && args.ids.length > MAX_PAGE_SIZE)
        throw badUserInput(`${field.name} accepts at most ${MAX_PAGE_SIZE} ids, got ${args.ids.length}.`);
      const size = Array.isArray(args.ids) ? args.ids.length : listSize;
      return size + size * childComplexity;
    }
    // A single entity (a relation such as a target's decision) is one more object to load and
    // send, as many times as it is aliased: counted like a node, unlike value objects (period).
    if (isEntity(field.type)) return 1 + childComplexity;
    return childComplexity;
  };
}

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string | null;
}

/** The potential number of nodes the operation can return. Throws a GraphQLError on bad variables. */
export function requestedNodes({ schema, document, variables, operationName }: CostInput, listSize: number): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [nodeEstimator(listSize)],
  });
}

/**
 * The nodes the response actually holds: the objects in its lists, a connection's `edges` and
 * `nodes` counted once when both are asked for.
 */
export function actualNodes(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + (item !== null && typeof item === 'object' ? 1 : 0) + actualNodes(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  const record = value as Record<string, unknown>;
  let sum = 0;
  for (const item of Object.values(record)) sum += actualNodes(item);
  if (Array.isArray(record.edges) && Array.isArray(record.nodes)) sum -= Math.min(record.edges.length, record.nodes.length);
  return sum;
}
