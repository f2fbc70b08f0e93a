import { citationsResolver } from '../citation/citation.resolver.js';
import { GateStatusChange } from './gate-status-change.entity.js';
import { Gate } from './gate.entity.js';
import { GateResolver } from './gate.resolver.js';
import { GateTypeResolver } from './gate-type.resolver.js';

export const entities = [Gate, GateStatusChange];
export const resolvers = [GateResolver, GateTypeResolver, citationsResolver(Gate), citationsResolver(GateStatusChange)];
