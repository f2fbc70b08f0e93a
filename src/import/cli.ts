import 'reflect-metadata';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { createOrm } from '../db/orm.js';
import { importDataset } from './import.js';
import { FixtureError, readFixtures } from './read-fixtures.js';

// `npm run import [-- --check]`: validate the fixtures, then load them in one transaction.
const logger = pino({ name: 'plan-graph-import' });
const config = loadConfig();
const checkOnly = process.argv.includes('--check');

try {
  const dataset = await readFixtures(config.fixturesDir);
  if (checkOnly) {
    logger.info({ fixturesDir: config.fixturesDir }, 'fixtures are valid');
  } else {
    const { mkdir } = await import('node:fs/promises');
    const { dirname } = await import('node:path');
    await mkdir(dirname(config.dbPath), { recursive: true });
    const orm = await createOrm({ dbName: config.dbPath, driver: config.driver });
    try {
      const counts = await importDataset(orm, dataset);
      logger.info({ dbPath: config.dbPath, counts }, 'fixtures imported');
    } finally {
      await orm.close();
    }
  }
} catch (error) {
  if (!(error instanceof FixtureError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
