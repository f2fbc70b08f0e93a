import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { actualNodesPaced, requestedNodes } from './cost.js';
import { limitError, type Limits } from './limits.js';
import { Gate } from './gate.js';
import { Throttle } from './throttle.js';

/**
 * The checks that need the parsed operation and its variables, after validation and before any
 * resolver runs: read-only, the node budget, the client's throttle. Then, on the way out, the
 * deadline's verdict and `extensions.cost` (requested and actual nodes, as Shopify reports).
 */
export function limitsPlugin(limits: Limits, throttle: Throttle): ApolloServerPlugin<Context> {
  const heavy = new Gate(limits.heavyConcurrency);
  const executions = new Gate(limits.maxExecutions);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          const info = contextValue.request;
          if (!operation) {
            const message = request.operationName
              ? `The document has no operation named "${request.operationName}".`
              : 'The document has several operations: name the one to run in operationName.';
            throw limitError('OPERATION_RESOLUTION_FAILURE', message);
          }
          info.operationName = operation.name?.value ?? null;
          if (operation.operation !== 'query') {
            throw limitError('READ_ONLY', `Plan Graph is a read-only API: it has no ${operation.operation} operations. Send a query.`);
          }
          let requested: number;
          try {
            requested = requestedNodes({ schema, document, variables: request.variables, operationName: request.operationName }, limits.listSizeEstimate);
          } catch (error) {
            throw limitError('BAD_USER_INPUT', error instanceof GraphQLError ? error.message : 'The variables do not match the operation.');
          }
          if (requested > limits.maxNodes) {
            throw limitError(
              'NODE_LIMIT_EXCEEDED',
              `This query could return up to ${requested} nodes; at most ${limits.maxNodes} are allowed per request. Ask for fewer items with first/last on nested connections, or split the query.`,
              { limit: limits.maxNodes, found: requested },
            );
          }
          const points = Throttle.pointsFor(requested);
          info.cost = { requested, points };
          info.rateLimit = await throttle.consume(info, points);
        },

        // Admission, first come first served: heavy queries one slot of their own, then every
        // query one of MAX_EXECUTIONS, so slicing interleaves a bounded set of executions.
        async executionDidStart({ contextValue }) {
          const info = contextValue.request;
          const releases: (() => void)[] = [];
          if (info.cost && info.cost.requested > limits.heavyNodes) {
            info.heavy = { waited: heavy.full };
            releases.push(await heavy.acquire());
          }
          releases.push(await executions.acquire());
          info.startExecution();
          return { executionDidEnd: async () => releases.forEach((release) => release()) };
        },

        async willSendResponse({ response, contextValue }) {
          const info = contextValue.request;
          if (response.body.kind !== 'single') return;
          if (info.timedOut) {
            // Whatever was computed before the deadline is dropped: a partial answer would look whole.
            response.body.singleResult = {
              errors: [
                {
                  message: `The query ran past the ${limits.timeoutMs} ms execution limit and was stopped. Ask for less, or split the query.`,
                  extensions: { code: 'TIMEOUT', limit: limits.timeoutMs },
                },
              ],
            };
            response.http.status = 503;
            return;
          }
          const result = response.body.singleResult;
          if (info.cost && result.data) {
            info.cost.actual = await actualNodesPaced(result.data, contextValue.pacer);
            result.extensions = { ...result.extensions, cost: { requested: info.cost.requested, actual: info.cost.actual, limit: limits.maxNodes } };
          }
        },
      };
    },
  };
}
