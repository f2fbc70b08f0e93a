import { MikroORM } from '@mikro-orm/core';
import { entities } from './modules.js';
import { type Orm, ormOptions, type OrmSettings } from './db/driver.js';

// The ORM over the feature list: only entry points (main, the import CLI, import/database.ts,
// tests) import it, so db/, the context and the features never reach modules.ts.
export type { Orm } from './db/driver.js';

export function createOrm(settings: OrmSettings): Promise<Orm> {
  return MikroORM.init(ormOptions(settings, entities));
}
