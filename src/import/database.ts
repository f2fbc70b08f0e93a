import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { type Dataset, FIXTURE_FILES } from './dataset.js';
import { readFixtures } from './read-fixtures.js';
import { importDataset } from './import.js';
import { describeError, type Orm, type OrmSettings, reconnect } from '../db/driver.js';
import { createOrm } from '../orm.js';
import { contentProblem, schemaProblem } from '../db/schema-version.js';

export type DatabaseSettings = Omit<OrmSettings, 'dbName' | 'connect'>;

export interface DatabaseLocation {
  dbPath: string;
  fixturesDir: string;
  logger: Logger;
  settings?: DatabaseSettings;
}

export const MISSING = 'database file does not exist';
// SQLite finds a database's -wal, -shm and -journal by its path, so they do not follow a rename.
const SIDE_FILES = ['-wal', '-shm', '-journal'];
const TEMP_MARK = '.tmp-';
const ABANDONED_MS = 60 * 60 * 1000;

async function mtime(path: string): Promise<number | null> {
  return (await stat(path).catch(() => null))?.mtimeMs ?? null;
}

/** True when the database file is missing or older than any fixture file. */
export async function isStale(dbPath: string, fixturesDir: string): Promise<boolean> {
  const built = await mtime(dbPath);
  if (built === null) return true;
  const fixtures = await Promise.all(FIXTURE_FILES.map((file) => mtime(join(fixturesDir, file))));
  return fixtures.some((time) => time !== null && time > built);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes the temporary builds (and their side files) of processes that died; returns how many files. */
export async function removeLeftovers(dbPath: string): Promise<number> {
  const prefix = basename(dbPath) + TEMP_MARK;
  let removed = 0;
  for (const name of await readdir(dirname(dbPath))) {
    if (!name.startsWith(prefix)) continue;
    const path = join(dirname(dbPath), name);
    // A live process may be building right now; an hour-old file is abandoned whatever its pid says.
    const age = Date.now() - ((await mtime(path)) ?? 0);
    if (isAlive(Number.parseInt(name.slice(prefix.length), 10)) && age < ABANDONED_MS) continue;
    await rm(path, { force: true });
    removed += 1;
  }
  return removed;
}

async function fsync(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Imports the dataset into a new temporary file beside dbPath (same directory, so rename is atomic). */
export async function buildTemp(dbPath: string, dataset: Dataset, settings: DatabaseSettings = {}) {
  const path = `${dbPath}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const orm = await createOrm({ ...settings, dbName: path });
    let counts: Record<string, number>;
    try {
      counts = await importDataset(orm, dataset);
    } finally {
      await orm.close(true);
    }
    // Closing the last connection checkpoints the WAL into the file and deletes it; a side file
    // still there would hold pages that the rename leaves behind.
    for (const side of SIDE_FILES) if ((await mtime(path + side)) !== null) throw new Error(`the build left ${basename(path + side)} behind`);
    return { path, counts };
  } catch (error) {
    await Promise.all(['', ...SIDE_FILES].map((side) => rm(path + side, { force: true })));
    throw error;
  }
}

/** Moves a finished build over dbPath in one rename: whoever opens dbPath gets the old file or the new one. */
export async function install(tempPath: string, dbPath: string): Promise<void> {
  await fsync(tempPath);
  // The old file's side files would be read as the new file's: a stale -journal rolled back into
  // it, stale -wal frames served as its pages. Processes still reading the old file keep their handles.
  await Promise.all(SIDE_FILES.map((side) => rm(dbPath + side, { force: true })));
  await rename(tempPath, dbPath);
  await fsync(dirname(dbPath));
}

/** Builds a complete database from the dataset and puts it at dbPath atomically; returns the counts. */
export async function buildDatabase(dbPath: string, dataset: Dataset, settings: DatabaseSettings = {}): Promise<Record<string, number>> {
  const { path, counts } = await buildTemp(dbPath, dataset, settings);
  await install(path, dbPath);
  return counts;
}

async function quickCheck(orm: Orm): Promise<string | null> {
  const rows = await orm.em.getConnection().execute<{ quick_check: string }[]>('pragma quick_check');
  return rows[0]?.quick_check === 'ok' ? null : `database failed quick_check: ${rows[0]?.quick_check ?? 'no answer'}`;
}

/**
 * Why the database at dbPath must be rebuilt, or null when it can be served. Reconnects orm first:
 * an older connection may hold a replaced file, or pages it cached before the file changed.
 */
export async function inspect(orm: Orm, dbPath: string, fixturesDir?: string): Promise<string | null> {
  const size = (await stat(dbPath).catch(() => null))?.size;
  if (size === undefined) return MISSING;
  if (size === 0) return 'database file is empty';
  if (fixturesDir !== undefined && (await isStale(dbPath, fixturesDir))) return 'fixtures are newer than the database';
  try {
    await reconnect(orm);
    return (await contentProblem(orm)) ?? (await schemaProblem(orm)) ?? (await quickCheck(orm));
  } catch (error) {
    return describeError(error);
  }
}

/** Builds the database anew from the fixtures and points orm at it, saying why in one log line. */
export async function rebuild(orm: Orm, { dbPath, fixturesDir, logger, settings }: DatabaseLocation, reason: string): Promise<void> {
  logger[reason === MISSING ? 'info' : 'warn']({ dbPath, reason }, 'rebuilding database');
  const started = performance.now();
  const { path, counts } = await buildTemp(dbPath, await readFixtures(fixturesDir), settings);
  // Let go of the old file before it is replaced, so that no connection of ours outlives it.
  await orm.em.getConnection().close(true);
  await install(path, dbPath);
  await reconnect(orm);
  logger.info({ dbPath, counts, ms: Math.round(performance.now() - started) }, 'database built from fixtures');
}

/** Opens the database, rebuilding it first when it is missing, stale, incomplete or damaged. */
export async function openDatabase(dbPath: string, fixturesDir: string, logger: Logger, settings: DatabaseSettings = {}): Promise<Orm> {
  await mkdir(dirname(dbPath), { recursive: true });
  const removed = await removeLeftovers(dbPath);
  if (removed) logger.info({ dbPath, removed }, 'removed files of unfinished database builds');
  const orm = await createOrm({ ...settings, dbName: dbPath, connect: false });
  const reason = await inspect(orm, dbPath, fixturesDir);
  if (reason) await rebuild(orm, { dbPath, fixturesDir, logger, settings }, reason);
  return orm;
}
