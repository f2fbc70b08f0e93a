import { IndicatorResolver } from './indicator.resolver.js';
import { Indicator } from './indicator.entity.js';

export const entities = [Indicator];
export const resolvers = [IndicatorResolver];
