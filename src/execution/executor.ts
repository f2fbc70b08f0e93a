import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { type DocumentNode, execute, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Which engine executes operations: graphql-jit (compiled per document), or graphql-js. */
export type ExecutorName = 'jit' | 'graphql-js';

/**
 * graphql-jit compiles each validated document into one function per operation: no per-field
 * argument coercion or generic completion at run time (the profile's largest share after garbage
 * collection). Apollo Server 4+ takes a custom executor only through its gateway interface, so this
 * is a gateway that serves the local schema. An operation graphql-jit cannot compile runs on
 * graphql-js instead, so the answer never depends on which engine ran it.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // Keyed by the parsed document, which Apollo's document store keeps (bounded, LRU) per query
  // text: a compiled query lives exactly as long as its parsed document.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compile = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (query === undefined) {
      // Our errors are built once per request (see context.ts): stacks captured per field would be waste.
      const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      byOperation.set(key, (query = isCompiledQuery(result) ? result : null));
    }
    return query;
  };
  return {
    async load() {
      return {
        executor: async ({ document, operationName, request, context }) => {
          const query = compile(document, operationName ?? undefined);
          const variables = request.variables ?? {};
          if (query) return (await query.query(undefined, context, variables)) as ExecutionResult;
          return execute({ schema, document, operationName, variableValues: variables, contextValue: context });
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
