import type { EntityClass } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import * as breakthrough from './breakthrough/index.js';
import * as citation from './citation/index.js';
import * as decision from './decision/index.js';
import * as economicZone from './economic-zone/index.js';
import * as gate from './gate/index.js';
import * as indicator from './indicator/index.js';
import * as meeting from './meeting/index.js';
import * as milestone from './milestone/index.js';
import * as node from './node/index.js';
import * as observation from './observation/index.js';
import * as person from './person/index.js';
import * as planItem from './plan-item/index.js';
import * as project from './project/index.js';
import * as province from './province/index.js';
import * as rateLimit from './rate-limit/index.js';
import * as search from './search/index.js';
import * as source from './source/index.js';
import * as summary from './summary/index.js';
import * as target from './target/index.js';

// The one list of features: the ORM config takes their entities, buildSchema their resolvers.
const features = [
  province,
  person,
  decision,
  planItem,
  meeting,
  breakthrough,
  indicator,
  target,
  observation,
  project,
  gate,
  economicZone,
  milestone,
  source,
  summary,
  citation,
  node,
  search,
  rateLimit,
];

export const entities: EntityClass<object>[] = features.flatMap((feature): EntityClass<object>[] => feature.entities);
export const resolvers = features.flatMap((feature): ClassType[] => feature.resolvers) as [ClassType, ...ClassType[]];
