import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, type GraphQLFormattedError, getOperationAST, print } from 'graphql';

/** A document from sdk/generated: typed, and carrying its persisted hash. */
type SdkDocument<TResult, TVariables> = TypedDocumentNode<TResult, TVariables> & { __meta__?: { hash?: string } };

export interface RequestOptions {
  /** The GraphQL endpoint; defaults to http://localhost:4000/graphql. */
  url?: string;
  /** Send only the document's hash (the server knows every SDK document), not its text. */
  persisted?: boolean;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The API answered with errors; `data` holds whatever part of the answer did resolve. */
export class GraphQLRequestError<TResult = unknown> extends Error {
  constructor(
    readonly errors: readonly GraphQLFormattedError[],
    readonly data: TResult | null | undefined,
    readonly status: number,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n'));
    this.name = 'GraphQLRequestError';
  }
}

const printed = new WeakMap<DocumentNode, string>();

/**
 * Runs one SDK operation with full types: `await request(ProvinceOverviewDocument, { code: '04' })`.
 * Throws GraphQLRequestError when the API answers with errors.
 */
export async function request<TResult, TVariables>(
  document: SdkDocument<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const hash = document.__meta__?.hash;
  let query = printed.get(document);
  if (query === undefined) printed.set(document, (query = print(document)));
  const body =
    options.persisted && hash
      ? { operationName: getOperationAST(document)?.name?.value, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
      : { query, variables };
  const response = await fetch(options.url ?? 'http://localhost:4000/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options.headers },
    body: JSON.stringify(body),
    signal: options.signal,
  });
  const result = (await response.json()) as { data?: TResult | null; errors?: GraphQLFormattedError[] };
  if (result.errors?.length || result.data == null) {
    throw new GraphQLRequestError(result.errors ?? [{ message: `HTTP ${response.status} without data` }], result.data, response.status);
  }
  return result.data;
}
