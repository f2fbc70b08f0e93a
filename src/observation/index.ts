import { citationsResolver } from '../citation/citation.resolver.js';
import { figureResolver } from '../indicator/figure.resolver.js';
import { Observation } from './observation.entity.js';
import { ObservationResolver } from './observation.resolver.js';

export const entities = [Observation];
export const resolvers = [ObservationResolver, figureResolver(Observation), citationsResolver(Observation)];
