import { citationsResolver } from '../citation/citation.resolver.js';
import { Project } from './project.entity.js';
import { ProjectResolver } from './project.resolver.js';

export const entities = [Project];
export const resolvers = [ProjectResolver, citationsResolver(Project)];
