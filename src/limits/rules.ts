import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { LimitCode, Limits } from './limits.js';

/**
 * graphql-armor's rules, reporting through the validation context instead of throwing, with our
 * code and the numbers. Apollo files them as GRAPHQL_VALIDATION_FAILED; formatError puts the
 * limit's own code back (from `extensions.limitCode`).
 */
function report(code: LimitCode, what: string, advice: string) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const [, limit, found] = /of (\d+) exceeded, found (\d+)/.exec(error.message) ?? [];
    context?.reportError(
      new GraphQLError(`${what} is ${found}; at most ${limit} is allowed. ${advice}`, {
        extensions: { limitCode: code, limit: Number(limit), found: Number(found) },
      }),
    );
  };
}

export function limitRules(limits: Limits): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true };
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      onReject: [report('DEPTH_LIMIT_EXCEEDED', 'The query depth', 'Nest fewer fields; fetch deeper objects in a second query with node(id:).')],
    }),
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      onReject: [report('ALIAS_LIMIT_EXCEEDED', 'The number of aliases', 'Use a list field with filters or nodes(ids:) instead of many aliases.')],
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [report('DIRECTIVE_LIMIT_EXCEEDED', 'The number of directives', 'Send fewer @include/@skip directives.')],
    }),
  ];
}
