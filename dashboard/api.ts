import { GraphQLRequestError, request } from '../sdk/index.js';

// Same origin: the page is served by the API it reads, so no CORS and no configured URL.
const ENDPOINT = new URL('/graphql', window.location.origin).href;

/**
 * Runs one SDK document by its persisted hash (the server preloads the SDK's manifest, so the query
 * text never travels). A server started before the SDK was regenerated does not know the hash yet:
 * then the document is sent once more as text.
 */
export async function query<TResult, TVariables>(
  document: Parameters<typeof request<TResult, TVariables>>[0],
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  try {
    return await request(document, variables, { url: ENDPOINT, persisted: true, signal });
  } catch (error) {
    const unknownHash = error instanceof GraphQLRequestError && error.errors.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
    if (!unknownHash) throw error;
    return request(document, variables, { url: ENDPOINT, signal });
  }
}
