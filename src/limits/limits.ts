import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';

/**
 * Every limit a request meets, with safe defaults for a public API. Anchors: graphql-armor's
 * defaults (aliases 15, directives 50, tokens 1,000), GitHub's node budget computed from page
 * sizes and its 10 s timeout. Each is set by the environment variable named beside it.
 */
export interface Limits {
  /** MAX_DEPTH: nesting of fields (introspection excluded). The canonical operations reach 6. */
  maxDepth: number;
  /** MAX_ALIASES */
  maxAliases: number;
  /** MAX_DIRECTIVES */
  maxDirectives: number;
  /** MAX_TOKENS: the parser stops past this many tokens. */
  maxTokens: number;
  /** MAX_QUERY_BYTES: the document's text. */
  maxQueryBytes: number;
  /** MAX_BODY_BYTES: a POST body; larger gets 413. */
  maxBodyBytes: number;
  /** MAX_NODES: the potential nodes of a query, from its page sizes (GitHub's rule) and its single entities. */
  maxNodes: number;
  /** LIST_SIZE_ESTIMATE: items assumed for a list field without page arguments (citations, typeHistory...). */
  listSizeEstimate: number;
  /** EXECUTION_TIMEOUT_MS: checked at every data load and every time slice. */
  timeoutMs: number;
  /** EXECUTION_SLICE_MS: an execution yields the thread after running this long (see pacing.ts). */
  sliceMs: number;
  /** HEAVY_NODES: a query that may return more nodes than this is heavy (see gate.ts); DashboardProvinces (10,100) and NationalTargets with first: 100 (30,100) are over it, see the README. */
  heavyNodes: number;
  /** HEAVY_CONCURRENCY: heavy queries executing at once; the others wait their turn. */
  heavyConcurrency: number;
  /** MAX_EXECUTIONS: queries executing at once (the time slices interleave them); the others wait their turn. */
  maxExecutions: number;
  /** MAX_RESPONSE_BYTES: a backstop behind the node budget. */
  maxResponseBytes: number;
}

export interface HttpLimits {
  /** MAX_CONNECTIONS: open sockets at once; more are refused. */
  maxConnections: number;
  /** HEADERS_TIMEOUT_MS: time to receive the request headers. */
  headersTimeoutMs: number;
  /** REQUEST_TIMEOUT_MS: time to receive the whole request. */
  requestTimeoutMs: number;
  /** KEEP_ALIVE_TIMEOUT_MS: an idle kept-alive socket is closed after this. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxQueryBytes: 16_384,
  maxBodyBytes: 65_536,
  maxNodes: 75_000,
  listSizeEstimate: 10,
  timeoutMs: 5_000,
  sliceMs: 5,
  heavyNodes: 10_000,
  heavyConcurrency: 1,
  maxExecutions: 8,
  maxResponseBytes: 8_000_000,
};

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxConnections: 2_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
};

/** Stable codes of the limits, documented in the README's "Limits" table (and the metrics' labels). */
export const LIMIT_CODES = [
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'TOKEN_LIMIT_EXCEEDED',
  'DOCUMENT_TOO_LARGE',
  'PAYLOAD_TOO_LARGE',
  'NODE_LIMIT_EXCEEDED',
  'RATE_LIMITED',
  'TIMEOUT',
  'RESPONSE_TOO_LARGE',
  'READ_ONLY',
] as const;
export type LimitCode = (typeof LIMIT_CODES)[number];

/**
 * A refusal raised before any resolver runs: it names the limit, its value and what the request
 * asked for, and carries its HTTP status for Apollo.
 */
export function limitError(
  code: LimitCode | 'BAD_USER_INPUT' | 'OPERATION_RESOLUTION_FAILURE',
  message: string,
  details: { limit?: number; found?: number } = {},
  status = 400,
  headers: [string, string][] = [],
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status, headers: new HeaderMap(headers) } } });
}

export function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function loadLimits(env: NodeJS.ProcessEnv): { limits: Limits; http: HttpLimits } {
  const d = DEFAULT_LIMITS;
  const h = DEFAULT_HTTP_LIMITS;
  return {
    limits: {
      maxDepth: positiveInt(env, 'MAX_DEPTH', d.maxDepth),
      maxAliases: positiveInt(env, 'MAX_ALIASES', d.maxAliases),
      maxDirectives: positiveInt(env, 'MAX_DIRECTIVES', d.maxDirectives),
      maxTokens: positiveInt(env, 'MAX_TOKENS', d.maxTokens),
      maxQueryBytes: positiveInt(env, 'MAX_QUERY_BYTES', d.maxQueryBytes),
      maxBodyBytes: positiveInt(env, 'MAX_BODY_BYTES', d.maxBodyBytes),
      maxNodes: positiveInt(env, 'MAX_NODES', d.maxNodes),
      listSizeEstimate: positiveInt(env, 'LIST_SIZE_ESTIMATE', d.listSizeEstimate),
      timeoutMs: positiveInt(env, 'EXECUTION_TIMEOUT_MS', d.timeoutMs),
      sliceMs: positiveInt(env, 'EXECUTION_SLICE_MS', d.sliceMs),
      heavyNodes: positiveInt(env, 'HEAVY_NODES', d.heavyNodes),
      heavyConcurrency: positiveInt(env, 'HEAVY_CONCURRENCY', d.heavyConcurrency),
      maxExecutions: positiveInt(env, 'MAX_EXECUTIONS', d.maxExecutions),
      maxResponseBytes: positiveInt(env, 'MAX_RESPONSE_BYTES', d.maxResponseBytes),
    },
    http: {
      maxConnections: positiveInt(env, 'MAX_CONNECTIONS', h.maxConnections),
      headersTimeoutMs: positiveInt(env, 'HEADERS_TIMEOUT_MS', h.headersTimeoutMs),
      requestTimeoutMs: positiveInt(env, 'REQUEST_TIMEOUT_MS', h.requestTimeoutMs),
      keepAliveTimeoutMs: positiveInt(env, 'KEEP_ALIVE_TIMEOUT_MS', h.keepAliveTimeoutMs),
    },
  };
}
