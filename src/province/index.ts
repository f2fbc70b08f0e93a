import { citationsResolver } from '../citation/citation.resolver.js';
import { Province } from './province.entity.js';
import { ProvinceResolver } from './province.resolver.js';

export const entities = [Province];
export const resolvers = [ProvinceResolver, citationsResolver(Province)];
