import { knownFromDecision } from '../decision/decision.dates.js';
import { citationsResolver } from '../citation/citation.resolver.js';
import { PlanItem } from './plan-item.entity.js';
import { DecisionItemsResolver, PlanItemResolver } from './plan-item.resolver.js';

export const entities = [PlanItem];
export const resolvers = [PlanItemResolver, DecisionItemsResolver, citationsResolver(PlanItem)];

knownFromDecision(PlanItem);
