import { DateResolver } from 'graphql-scalars';

/** The contract's `Date`: an ISO 8601 calendar date ("2023-11-24"). Stored as the same text. */
export const DateScalar = DateResolver;
