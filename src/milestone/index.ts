import { knownFromDecision } from '../decision/decision.dates.js';
import { citationsResolver } from '../citation/citation.resolver.js';
import { Milestone } from './milestone.entity.js';
import { MilestoneResolver } from './milestone.resolver.js';

export const entities = [Milestone];
export const resolvers = [MilestoneResolver, citationsResolver(Milestone)];

knownFromDecision(Milestone);
