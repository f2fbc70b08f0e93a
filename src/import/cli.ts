import 'reflect-metadata';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Logger, pino } from 'pino';
import { type Config, loadConfig, redactUrl } from '../config.js';
import { createOrm } from '../orm.js';
import { importDataset } from './import.js';
import { connectable, StartupError } from './postgres.js';
import { buildDatabase, removeLeftovers } from './database.js';
import { type Dataset, FixtureError } from './dataset.js';
import { diffDatabase } from './diff.js';
import { formatDiff, formatDiffJson } from './diff-format.js';
import { readFixtures } from './read-fixtures.js';

// `npm run import [-- --check | --diff [--json]]`: validate the fixtures, then build a new database
// from them beside the live one and rename it into place, so that a killed import leaves the old
// database whole. Running servers notice the new file within seconds and reconnect to it.
// DATABASE_PATH and FIXTURES_DIR say which database and fixtures, for every mode.

/** Exit codes: 0 done (with --diff: no differences), 1 bad flags or fixtures, 2 --diff found differences. */
const EXIT = { ok: 0, invalid: 1, differences: 2 } as const;

const FLAGS: Record<string, string> = {
  '--check': 'validate the fixtures and stop',
  '--diff': 'print what an import would add, change and remove, and write nothing',
  '--json': 'with --diff: print the report as JSON',
  '--help': 'print this list',
};

const usage = () =>
  `Usage: npm run import [-- --check | --diff [--json]]\n${Object.entries(FLAGS)
    .map(([flag, meaning]) => `  ${flag.padEnd(9)}${meaning}`)
    .join('\n')}\n`;

/** The flags given, or a message saying what is wrong with them. */
function parseFlags(args: string[]): Set<string> | string {
  const unknown = args.filter((arg) => !(arg in FLAGS));
  if (unknown.length)
    return `unknown option${unknown.length === 1 ? '' : 's'} ${unknown.map((a) => `"${a}"`).join(', ')}; allowed: ${Object.keys(FLAGS).join(', ')}`;
  const flags = new Set(args);
  if (flags.has('--check') && flags.has('--diff')) return '--check and --diff are alternatives (--diff validates the fixtures too)';
  if (flags.has('--json') && !flags.has('--diff')) return '--json goes with --diff only';
  return flags;
}

async function runImport(config: Config, checkOnly: boolean): Promise<void> {
  const logger = pino({ name: 'plan-graph-import' });
  const dataset = await readFixtures(config.fixturesDir);
  if (checkOnly) {
    logger.info({ fixturesDir: config.fixturesDir }, 'fixtures are valid');
    return;
  }
  if (config.databaseUrl) return importPostgres(config.databaseUrl, dataset, logger);
  await mkdir(dirname(config.dbPath), { recursive: true });
  const removed = await removeLeftovers(config.dbPath);
  if (removed) logger.info({ dbPath: config.dbPath, removed }, 'removed files of unfinished database builds');
  logger.info({ dbPath: config.dbPath }, 'building database from fixtures');
  const counts = await buildDatabase(config.dbPath, dataset, { driver: config.driver });
  logger.info({ dbPath: config.dbPath, counts }, 'fixtures imported');
}

/**
 * PostgreSQL: the schema is created, or rebuilt when the code's entities changed (ensureSchema),
 * then the data is replaced in one transaction, so that servers reading meanwhile see the old
 * graph or the new one. Servers notice the new data version within their data-version interval.
 */
async function importPostgres(url: string, dataset: Dataset, logger: Logger): Promise<void> {
  await connectable(url);
  const orm = await createOrm({ dbName: '', url });
  try {
    logger.info({ database: redactUrl(url) }, 'importing fixtures into PostgreSQL');
    const counts = await importDataset(orm, dataset);
    logger.info({ database: redactUrl(url), counts }, 'fixtures imported');
  } finally {
    await orm.close(true);
  }
}

/** Prints the diff on stdout (and nothing else there, so --json output parses) and returns the exit code. */
async function runDiff(config: Config, json: boolean): Promise<number> {
  const report = await diffDatabase(config.dbPath, await readFixtures(config.fixturesDir), { driver: config.driver });
  process.stdout.write(json ? formatDiffJson(report, config.fixturesDir) : formatDiff(report, config.fixturesDir));
  return report.tables.length ? EXIT.differences : EXIT.ok;
}

async function main(args: string[]): Promise<number> {
  const flags = parseFlags(args);
  if (typeof flags === 'string') {
    process.stderr.write(`${flags}\n${usage()}`);
    return EXIT.invalid;
  }
  if (flags.has('--help')) {
    process.stdout.write(usage());
    return EXIT.ok;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return EXIT.invalid;
  }
  try {
    if (flags.has('--diff') && config.databaseUrl) {
      process.stderr.write('--diff compares with a SQLite database file; unset DATABASE_URL and set DATABASE_PATH\n');
      return EXIT.invalid;
    }
    if (flags.has('--diff')) return await runDiff(config, flags.has('--json'));
    await runImport(config, flags.has('--check'));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof FixtureError) && !(error instanceof StartupError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT.invalid;
  }
}

process.exitCode = await main(process.argv.slice(2));
