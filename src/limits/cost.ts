import { type DocumentNode, getNamedType, isObjectType, type GraphQLSchema, isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { badUserInput } from '../common/errors.js';
import type { Pacer } from './pacing.js';
import { runSliced, SPLIT_DEPTH } from './sliced-walk.js';
import { checkPageArgs, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/paging.js';
import { MAX_REPRESENTATIONS } from '../federation/subgraph.js';

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);
const isEntity = (type: GraphQLOutputType): boolean => {
  const named = getNamedType(type);
  return isObjectType(named) && named.getInterfaces().some((i) => i.name === 'Node');
};
const isConnection = (type: GraphQLOutputType): boolean => getNamedType(type).name.endsWith('Connection');

/**
 * GitHub's node budget, plus single entities: every connection may return `first`/`last` nodes
 * (20 when neither is given) for each node of the connections around it; a plain list is assumed
 * to hold `listSize` items, `nodes(ids:)` and `_entities(representations:)` as many as they are given; a single related entity counts
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
    // Federation: each representation is one entity, with what is asked of it.
    if (field.name === '_entities' && Array.isArray(args.representations)) {
      const size = args.representations.length;
      if (size > MAX_REPRESENTATIONS) throw badUserInput(`_entities accepts at most ${MAX_REPRESENTATIONS} representations per request, got ${size}.`);
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

/**
 * Budgets already worked out, per schema and parsed document (Apollo hands the same document object
 * to every request with the same text), by operation, variables and list estimate: the walk cost
 * about 5% of the dashboard's CPU per request. Only answers are kept, never errors.
 */
const budgets = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, LRUCache<string, number>>>();
const BUDGETS_PER_DOCUMENT = 64;
// Longer variables are rare (an ids list) and cheap to walk again next time.
const MAX_BUDGET_KEY = 2048;

/** The potential number of nodes the operation can return. Throws a GraphQLError on bad variables. */
export function requestedNodes({ schema, document, variables, operationName }: CostInput, listSize: number): number {
  const key = `${listSize} ${operationName ?? ''} ${JSON.stringify(variables ?? {})}`;
  let perSchema = budgets.get(schema);
  if (!perSchema) budgets.set(schema, (perSchema = new WeakMap()));
  let known = perSchema.get(document);
  const cached = known?.get(key);
  if (cached !== undefined) return cached;
  const nodes = getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [nodeEstimator(listSize)],
  });
  if (key.length <= MAX_BUDGET_KEY) {
    if (!known) perSchema.set(document, (known = new LRUCache({ max: BUDGETS_PER_DOCUMENT })));
    known.set(key, nodes);
  }
  return nodes;
}

/** A connection's `edges` and `nodes` hold the same nodes: counted once when both are asked for. */
const overlap = (record: Record<string, unknown>): number =>
  Array.isArray(record.edges) && Array.isArray(record.nodes) ? Math.min(record.edges.length, record.nodes.length) : 0;

/** The nodes the response actually holds: the objects in its lists (edges and nodes once). */
export function actualNodes(value: unknown): number {
  // A loop without allocations: it walks every answer, up to the largest the limits admit.
  if (value === null || typeof value !== 'object') return 0;
  let sum = 0;
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') sum += 1 + actualNodes(item);
    return sum;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) sum += actualNodes(record[key]);
  return sum - overlap(record);
}

/** The same count, yielding to other requests between the items of the outer levels (limits/pacing.ts). */
export function actualNodesPaced(value: unknown, pacer: Pacer): Promise<number> {
  return runSliced(countNodes(value, 0), pacer);
}

function* countNodes(value: unknown, depth: number): Generator<void, number> {
  if (depth >= SPLIT_DEPTH || value === null || typeof value !== 'object') return actualNodes(value);
  let sum = 0;
  if (Array.isArray(value)) {
    for (const item of value) {
      yield;
      if (item !== null && typeof item === 'object') sum += 1 + (yield* countNodes(item, depth + 1));
    }
    return sum;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) sum += yield* countNodes(record[key], depth + 1);
  return sum - overlap(record);
}
