import { RateLimitResolver } from './rate-limit.resolver.js';

export const entities = [];
export const resolvers = [RateLimitResolver];
