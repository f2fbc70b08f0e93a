import { NodeResolver } from './node.resolver.js';

export const entities: never[] = [];
export const resolvers = [NodeResolver];
