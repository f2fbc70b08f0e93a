import { citationsResolver } from '../citation/citation.resolver.js';
import { EconomicZone } from './economic-zone.entity.js';
import { EconomicZoneResolver } from './economic-zone.resolver.js';

export const entities = [EconomicZone];
export const resolvers = [EconomicZoneResolver, citationsResolver(EconomicZone)];
