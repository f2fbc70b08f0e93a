import { knownFromDecision } from '../decision/decision.dates.js';
import { citationsResolver } from '../citation/citation.resolver.js';
import { Breakthrough } from './breakthrough.entity.js';
import { BreakthroughResolver } from './breakthrough.resolver.js';

export const entities = [Breakthrough];
export const resolvers = [BreakthroughResolver, citationsResolver(Breakthrough)];

knownFromDecision(Breakthrough);
