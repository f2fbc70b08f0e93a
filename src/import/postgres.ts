import pg from 'pg';
import { redactUrl } from '../config.js';
import type { Orm, OrmSettings } from '../db/driver.js';
import { contentProblem, schemaProblem } from '../db/schema-version.js';
import { createOrm } from '../orm.js';

/** Why the server cannot start, in one line for its operator (never a driver's stack trace). */
export class StartupError extends Error {}

export type PostgresSettings = Pick<OrmSettings, 'logSql'> & { url: string; readUrls?: readonly string[] };

/** The import command for this database, as the operator would type it (password left out). */
export const importCommand = (url: string) => `DATABASE_URL=${redactUrl(url)} npm run import`;

/** An error from connecting to PostgreSQL, in words: which of refused, unknown host, password, database. */
export function describeConnectError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'ECONNREFUSED') return 'connection refused (is PostgreSQL running and listening there?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ETIMEDOUT' || /timeout/i.test(message ?? '')) return 'no answer within the connection timeout';
  // PostgreSQL's own messages name the cause: 'password authentication failed for user "x"',
  // 'database "x" does not exist', 'role "x" does not exist'.
  return String(message ?? error)
    .split(' - ')
    .at(-1)!;
}

/** Connects to one URL and runs `select 1`: the replicas are checked this way before serving. */
async function probe(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A refused connection is reported by connect(); the client's 'error' event must not crash us.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => {});
  }
}

export const CONNECT_TIMEOUT_MS = 5000;

/** Throws a StartupError naming the URL and why, when it cannot be connected to. */
export async function connectable(url: string, setting = 'DATABASE_URL'): Promise<void> {
  await probe(url).catch((error: unknown) => {
    throw new StartupError(`cannot connect to PostgreSQL at ${redactUrl(url)} (${setting}): ${describeConnectError(error)}`);
  });
}

/**
 * Opens the PostgreSQL database for serving: every URL answers, and the import has built the
 * schema this code expects. A server never builds or upgrades the schema itself: several
 * replicas start at once, and a rebuild would empty the tables under the others.
 */
export async function openPostgres({ url, readUrls = [], logSql }: PostgresSettings): Promise<Orm> {
  await connectable(url, 'DATABASE_URL');
  for (const read of readUrls) await connectable(read, 'DATABASE_READ_URLS');
  const orm = await createOrm({ dbName: '', url, readUrls, logSql });
  const problem = (await contentProblem(orm)) ?? (await schemaProblem(orm));
  if (problem) {
    await orm.close(true);
    throw new StartupError(`PostgreSQL database ${redactUrl(url)} cannot be served: ${problem}; build it with: ${importCommand(url)}`);
  }
  return orm;
}
