import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { contentProblem, schemaProblem } from '../db/schema-version.js';
import { describeError, type Orm } from '../db/driver.js';
import { createOrm } from '../orm.js';
import type { DatabaseSettings } from './database.js';
import type { Tables } from './diff-keys.js';
import type { Row } from './row-helpers.js';

// Reading both sides of the diff. The database is read from a private copy: even a read-only
// SQLite connection to a WAL database creates its -wal and -shm files beside it and leaves them
// there, and the diff must leave the database's folder exactly as it found it.

/** The rows of the named tables, each in row id order; a table the database lacks is left out. */
export async function readTables(orm: Orm, tables: string[]): Promise<Tables> {
  const connection = orm.em.getConnection();
  const present = new Set(
    (await connection.execute<{ name: string }[]>("select name from sqlite_master where type = 'table'")).map((t: { name: string }) => t.name),
  );
  const rows: Tables = new Map();
  for (const table of tables) {
    if (present.has(table)) rows.set(table, await connection.execute<Row[]>(`select * from "${table}" order by rowid`));
  }
  return rows;
}

/** What a database holds: its rows, whether there was one to read, and what makes it differ from a build as a whole. */
export interface Held {
  rows: Tables;
  found: boolean;
  notes: string[];
}

/** What the database at dbPath holds now. */
export async function readDatabase(dbPath: string, tables: string[], settings: DatabaseSettings): Promise<Held> {
  if (!(await stat(dbPath).catch(() => null))) return { rows: new Map(), found: false, notes: [`no database at ${dbPath} yet: the import would create it`] };
  const dir = await mkdtemp(join(tmpdir(), 'plan-graph-diff-'));
  try {
    const copy = join(dir, basename(dbPath));
    await copyFile(dbPath, copy);
    // Committed pages not yet folded into the file live in its WAL (the import folds it; a copy of
    // a database someone else wrote to would miss them without it).
    await copyFile(`${dbPath}-wal`, `${copy}-wal`).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    return await readCopy(copy, tables, settings);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readCopy(copy: string, tables: string[], settings: DatabaseSettings): Promise<Held> {
  let orm: Orm | undefined;
  try {
    orm = await createOrm({ ...settings, dbName: copy });
    const problems = [await contentProblem(orm), await schemaProblem(orm)].filter((p): p is string => p !== null);
    const notes = problems.map((p) => `${p}: the import would rebuild the database`);
    return { rows: await readTables(orm, tables), found: true, notes };
  } catch (error) {
    // Whatever is there cannot be read, so an import would replace it whole.
    return { rows: new Map(), found: false, notes: [`${describeError(error)}: the import would replace it`] };
  } finally {
    await orm?.close(true);
  }
}
