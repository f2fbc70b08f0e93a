import { knownFromDecision } from '../decision/decision.dates.js';
import { citationsResolver } from '../citation/citation.resolver.js';
import { figureResolver } from '../indicator/figure.resolver.js';
import { Target } from './target.entity.js';
import { TargetResolver } from './target.resolver.js';

export const entities = [Target];
export const resolvers = [TargetResolver, figureResolver(Target), citationsResolver(Target)];

knownFromDecision(Target);
