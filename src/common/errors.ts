import { GraphQLError } from 'graphql';

/** A client error that says what was wrong and what is allowed. */
export function badUserInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...details } });
}
