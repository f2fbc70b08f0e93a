import { eachRow, knownFrom } from '../common/known-from.js';
import { citationsResolver } from '../citation/citation.resolver.js';
import { figureResolver } from '../indicator/figure.resolver.js';
import { Observation } from './observation.entity.js';
import { observedOn } from './observation.dates.js';
import { ObservationResolver } from './observation.resolver.js';

export const entities = [Observation];
export const resolvers = [ObservationResolver, figureResolver(Observation), citationsResolver(Observation)];

// A figure is known from its date, else from the end of the years it covers.
knownFrom(Observation, eachRow(observedOn));
