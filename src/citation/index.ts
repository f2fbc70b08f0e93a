import { Citation } from './citation.entity.js';
import { CitationResolver } from './citation.resolver.js';

export const entities = [Citation];
export const resolvers = [CitationResolver];
