import 'reflect-metadata';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { buildDatabase, removeLeftovers } from './database.js';
import { FixtureError } from './dataset.js';
import { readFixtures } from './read-fixtures.js';

// `npm run import [-- --check]`: validate the fixtures, then build a new database from them beside
// the live one and rename it into place, so that a killed import leaves the old database whole.
// Running servers notice the new file within seconds and reconnect to it.
const logger = pino({ name: 'plan-graph-import' });
const config = loadConfig();
const checkOnly = process.argv.includes('--check');

try {
  const dataset = await readFixtures(config.fixturesDir);
  if (checkOnly) {
    logger.info({ fixturesDir: config.fixturesDir }, 'fixtures are valid');
  } else {
    await mkdir(dirname(config.dbPath), { recursive: true });
    const removed = await removeLeftovers(config.dbPath);
    if (removed) logger.info({ dbPath: config.dbPath, removed }, 'removed files of unfinished database builds');
    logger.info({ dbPath: config.dbPath }, 'building database from fixtures');
    const counts = await buildDatabase(config.dbPath, dataset, { driver: config.driver });
    logger.info({ dbPath: config.dbPath, counts }, 'fixtures imported');
  }
} catch (error) {
  if (!(error instanceof FixtureError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
