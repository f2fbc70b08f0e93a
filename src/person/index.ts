import { citationsResolver } from '../citation/citation.resolver.js';
import { OfficeTerm } from './office-term.entity.js';
import { OfficeTermResolver, PersonResolver, ProvinceOfficeResolver } from './person.resolver.js';
import { Person } from './person.entity.js';

export const entities = [Person, OfficeTerm];
export const resolvers = [PersonResolver, OfficeTermResolver, ProvinceOfficeResolver, citationsResolver(Person), citationsResolver(OfficeTerm)];
