import { citationsResolver } from '../citation/citation.resolver.js';
import './decision.dates.js';
import { PlanDecision } from './decision.entity.js';
import { DecisionLineageResolver } from './decision-lineage.resolver.js';
import { DecisionResolver } from './decision.resolver.js';

export const entities = [PlanDecision];
export const resolvers = [DecisionResolver, DecisionLineageResolver, citationsResolver(PlanDecision)];
