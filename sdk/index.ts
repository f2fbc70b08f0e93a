// The Plan Graph SDK: typed documents for the canonical operations, and a one-line request helper.
export * from './generated/graphql.js';
export { graphql } from './generated/gql.js';
export { GraphQLRequestError, request, type RequestOptions } from './request.js';
