import { stat } from 'node:fs/promises';
import { type DatabaseLocation, inspect, rebuild } from './database.js';
import { describeError, type Orm } from '../db/driver.js';
import { contentProblem } from '../db/schema-version.js';

export interface DatabaseReadiness {
  ready: boolean;
  /** Why not, in words, when not ready. */
  reason?: string;
}

/** Ready when the database answers, holds the completeness marker and has every table. */
export async function checkReadiness(orm: Orm): Promise<DatabaseReadiness> {
  try {
    const reason = await contentProblem(orm);
    return reason === null ? { ready: true } : { ready: false, reason };
  } catch (error) {
    return { ready: false, reason: describeError(error) };
  }
}

interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

async function identityOf(path: string): Promise<FileIdentity | null> {
  const stats = await stat(path).catch(() => null);
  return stats && { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs };
}

function sameFile(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

export interface WatchOptions extends DatabaseLocation {
  /** How often to look, in ms. */
  intervalMs?: number;
}

/**
 * Keeps a running server's database servable. Every pass is cheap (one stat, the marker and the
 * table list); only when the file changed, or the cheap check fails, does it reconnect and run the
 * full inspection (quick_check included). A file replaced by `npm run import` is reconnected to; a
 * damaged one is rebuilt from the fixtures, and readiness says why until that is done.
 */
export class DatabaseWatch {
  private known: FileIdentity | null = null;
  private problem: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly orm: Orm,
    private readonly options: WatchOptions,
  ) {}

  /** Starts looking; the file as it is now (just opened by openDatabase) counts as verified. */
  async start(): Promise<this> {
    this.known = await identityOf(this.options.dbPath);
    this.timer = setInterval(() => void this.check(), this.options.intervalMs ?? 2000);
    // The watch alone must not keep the process alive.
    this.timer.unref();
    return this;
  }

  /** For the server's /ready: not ready while a rebuild is due or under way. */
  readonly readiness = async (): Promise<DatabaseReadiness> => {
    // A file changed since the last pass is looked at now, not at the next interval.
    if (!sameFile(await identityOf(this.options.dbPath), this.known)) void this.check();
    if (this.problem !== null) return { ready: false, reason: this.problem };
    return checkReadiness(this.orm);
  };

  /** One pass now; passes never overlap (a call during a pass waits for that pass). */
  check(): Promise<void> {
    this.running ??= this.pass()
      .catch((error: unknown) => {
        if (this.stopped) return;
        this.problem = `database rebuild failed: ${describeError(error)}`;
        this.options.logger.error({ dbPath: this.options.dbPath, reason: this.problem }, 'database rebuild failed');
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  /** Stops looking and waits for a pass in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  private async pass(): Promise<void> {
    const { dbPath, logger } = this.options;
    const now = await identityOf(dbPath);
    const known = this.known;
    const replaced = now === null || known === null || now.dev !== known.dev || now.ino !== known.ino;
    if (sameFile(now, known) && this.problem === null && (await checkReadiness(this.orm)).ready) return;
    if (this.stopped) return;
    const reason = now === null ? 'database file was removed' : await inspect(this.orm, dbPath);
    if (reason === null) {
      this.known = now;
      this.problem = null;
      if (replaced) logger.info({ dbPath }, 'database file replaced; reconnected');
      return;
    }
    if (this.stopped) return;
    this.problem = `rebuilding database: ${reason}`;
    await rebuild(this.orm, this.options, reason);
    this.known = await identityOf(dbPath);
    this.problem = null;
  }
}
