import { SourceDocument } from './source.entity.js';
import { SourceResolver } from './source.resolver.js';

export const entities = [SourceDocument];
export const resolvers = [SourceResolver];
