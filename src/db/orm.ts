import { MikroORM } from '@mikro-orm/core';
import { entities } from '../modules.js';
import { type Orm, ormOptions, type OrmSettings } from './driver.js';

// The one file under db/ that knows the feature list: only entry points (main, the import CLI,
// database.ts, tests) import it, so the context and the features never reach modules.ts.
export type { Orm } from './driver.js';

export function createOrm(settings: OrmSettings): Promise<Orm> {
  return MikroORM.init(ormOptions(settings, entities));
}
