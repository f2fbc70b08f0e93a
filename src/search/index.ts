import { SearchResolver } from './search.resolver.js';

export const entities: never[] = [];
export const resolvers = [SearchResolver];
