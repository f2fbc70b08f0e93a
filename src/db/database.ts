import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { FIXTURE_FILES, readFixtures } from '../import/read-fixtures.js';
import { importDataset } from '../import/import.js';
import { createOrm, type Orm, type OrmSettings } from './orm.js';
import { isSchemaCurrent } from './schema-version.js';

async function mtime(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

/** True when the database file is missing or older than any fixture file. */
export async function isStale(dbPath: string, fixturesDir: string): Promise<boolean> {
  const built = await mtime(dbPath);
  if (built === null) return true;
  const fixtures = await Promise.all(FIXTURE_FILES.map((file) => mtime(join(fixturesDir, file))));
  return fixtures.some((time) => time !== null && time > built);
}

/** Opens the database, importing the fixtures first when it is missing or older than them. */
export async function openDatabase(dbPath: string, fixturesDir: string, logger: Logger, options: Omit<OrmSettings, 'dbName'> = {}): Promise<Orm> {
  await mkdir(dirname(dbPath), { recursive: true });
  const stale = await isStale(dbPath, fixturesDir);
  const orm = await createOrm({ dbName: dbPath, ...options });
  if (stale || !(await isSchemaCurrent(orm))) {
    const counts = await importDataset(orm, await readFixtures(fixturesDir));
    logger.info({ dbPath, counts }, 'database built from fixtures');
  }
  return orm;
}
