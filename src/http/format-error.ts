import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { INPUT_ERROR } from '../common/scalars.js';

const TOKENS = /Document contains more (?:than|that) (\d+) tokens/;

/** The HTTP status a server-made error carries (Apollo's `extensions.http`), if any. */
function statusOf(error: unknown): number | undefined {
  const original = error instanceof GraphQLError ? error : undefined;
  const http = (original?.extensions?.http ?? (original?.originalError as GraphQLError | undefined)?.extensions?.http) as { status?: number } | undefined;
  return http?.status;
}

/**
 * What a client sees of an error: limit refusals under their own code, client errors that came
 * without one as BAD_REQUEST (e.g. Apollo's "provided sha does not match query"), and anything
 * unexpected as a bare INTERNAL_SERVER_ERROR: no stack, SQL, path or library text. Logging is
 * done once per request elsewhere, not once per error.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { limitCode, [INPUT_ERROR]: inputError, ...extensions } = formatted.extensions ?? {};
  if (typeof limitCode === 'string') return { ...formatted, extensions: { ...extensions, code: limitCode } };
  // A literal a scalar refused ("asOf: \"30/06/2025\"") is bad input, not a malformed document.
  if (inputError === true) return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT' } };
  const tokens = TOKENS.exec(formatted.message);
  if (tokens) {
    const limit = Number(tokens[1]);
    return {
      message: `The document has more than ${limit} tokens; at most ${limit} are allowed. Send a smaller query.`,
      extensions: { code: 'TOKEN_LIMIT_EXCEEDED', limit },
    };
  }
  // graphql-js stops validating a document whose repeated fields would take too long to compare.
  if (formatted.message === 'Validation aborted.') {
    return { ...formatted, message: 'Validation aborted: the document repeats fields too many times to check. Ask for each field once.' };
  }
  if (extensions.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  const status = statusOf(error);
  if (status !== undefined && status < 500) return { ...formatted, extensions: { ...extensions, code: 'BAD_REQUEST' } };
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
