import { citationsResolver } from '../citation/citation.resolver.js';
import { foldDecisionNumber } from '../common/fold.js';
import { entityKey } from '../federation/keys.js';
import './decision.dates.js';
import { PlanDecision } from './decision.entity.js';
import { DecisionLineageResolver } from './decision-lineage.resolver.js';
import { DecisionResolver } from './decision.resolver.js';

export const entities = [PlanDecision];
export const resolvers = [DecisionResolver, DecisionLineageResolver, citationsResolver(PlanDecision)];

// Other subgraphs may also reference a document by its number, looked up as decision(number:) does.
entityKey(PlanDecision, { field: 'number', property: 'numberFolded', normalise: foldDecisionNumber });
