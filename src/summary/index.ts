import { IndicatorSummaryResolver, ProvinceSummaryResolver } from './summary.resolver.js';

export const entities = [];
export const resolvers = [ProvinceSummaryResolver, IndicatorSummaryResolver];
