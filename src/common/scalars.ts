import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { DateResolver } from 'graphql-scalars';

/** Marks an input error raised while parsing a literal, which graphql-js reports as a validation error (see http/format-error.ts). */
export const INPUT_ERROR = 'inputError';

function dateError(value: unknown): GraphQLError {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return new GraphQLError(`A Date is a calendar date written YYYY-MM-DD, such as 2025-06-30; got ${shown}.`, {
    extensions: { code: 'BAD_USER_INPUT', [INPUT_ERROR]: true },
  });
}

/**
 * The contract's `Date`: an ISO 8601 calendar date ("2023-11-24"), stored as the same text.
 * graphql-scalars' Date, with an error that says what is allowed.
 */
export const DateScalar = new GraphQLScalarType({
  ...DateResolver.toConfig(),
  parseValue(value) {
    try {
      return DateResolver.parseValue(value);
    } catch {
      throw dateError(value);
    }
  },
  parseLiteral(ast: ValueNode, variables) {
    try {
      return DateResolver.parseLiteral(ast, variables);
    } catch {
      throw dateError('value' in ast ? ast.value : ast.kind);
    }
  },
});
