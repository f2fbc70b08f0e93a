import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../context.js';
import type { RequestInfo } from '../http/request-info.js';

const MAX_LOGGED_CHARS = 1000;

/**
 * Gathers what the request's one log line says: its error codes, its SQL count, and the first
 * unexpected error with a bounded message and stack, however many fields (or aliases) failed.
 * With `exposeQueryStats`, the SQL count is also sent in `extensions.queryStats`.
 */
export function requestLog(exposeQueryStats: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const info = contextValue?.request;
          if (!info) return;
          for (const error of errors) {
            const code = error.extensions?.limitCode ?? error.extensions?.code;
            const internal = code === undefined || code === 'INTERNAL_SERVER_ERROR';
            info.errorCodes.push(String(code ?? 'INTERNAL_SERVER_ERROR'));
            if (!internal) continue;
            const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
            if (info.internalError) info.internalError.count += 1;
            else info.internalError = { message: cause.message.slice(0, MAX_LOGGED_CHARS), stack: cause.stack?.slice(0, MAX_LOGGED_CHARS), count: 1 };
          }
        },
        async willSendResponse({ response, contextValue }) {
          const sql = contextValue.stats.sql;
          contextValue.request.sql = sql;
          if (exposeQueryStats && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, queryStats: { sql } };
          }
        },
      };
    },
  };
}

/** The one line an API request logs when its response is finished. */
export function logRequest(logger: Logger, info: RequestInfo, status: number): void {
  const entry = {
    reqId: info.id,
    status,
    operationName: info.operationName,
    ms: info.ms,
    sql: info.sql,
    cost: info.cost,
    cache: info.cache,
    errors: info.errorCodes.length ? info.errorCodes : undefined,
  };
  if (info.internalError) logger.error({ ...entry, err: info.internalError }, 'graphql request failed');
  else logger.info(entry, 'graphql request');
}
