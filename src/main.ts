import 'reflect-metadata';
import { pino } from 'pino';
import { loadConfig, redactUrl } from './config.js';
import { openDatabase } from './import/database.js';
import { openPostgres, StartupError } from './import/postgres.js';
import { checkReadiness, DatabaseWatch } from './import/readiness.js';
import { loadPersistedDocuments } from './persisted/persisted-documents.js';
import { createServer } from './server.js';

/** A bad setting or an unusable database: one line saying what failed, and exit 1. */
function cannotStart(error: unknown): never {
  if (!(error instanceof StartupError)) throw error;
  process.stderr.write(`plan-graph: cannot start: ${error.message}\n`);
  process.exit(1);
}

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    // loadConfig throws only to say which setting is wrong and what it accepts.
    return cannotStart(new StartupError((error as Error).message));
  }
})();
const logger = pino({ name: 'plan-graph', level: config.logLevel });
const database = { dbPath: config.dbPath, fixturesDir: config.fixturesDir, logger, settings: { driver: config.driver, logSql: config.logSql } };
// PostgreSQL is built by the import (npm run import), SQLite by the server itself when needed.
const orm = config.databaseUrl
  ? await openPostgres({ url: config.databaseUrl, readUrls: config.readUrls, logSql: config.logSql }).catch(cannotStart)
  : await openDatabase(database.dbPath, database.fixturesDir, logger, database.settings);
// SQLite: rebuilds the file if it is damaged while serving; stopped before the server closes the database.
const watch = config.databaseUrl ? undefined : await new DatabaseWatch(orm, database).start();
const server = await createServer({
  orm,
  logger,
  readiness: watch?.readiness ?? (() => checkReadiness(orm)),
  exposeQueryStats: config.exposeQueryStats,
  playgroundDir: config.playgroundDir,
  persistedDocuments: await loadPersistedDocuments(config.persistedDocumentsPath),
  apolloSandbox: config.apolloSandbox,
  batching: config.batching,
  responseCache: config.responseCache,
  responseCacheBytes: config.responseCacheBytes,
  limits: config.limits,
  httpLimits: config.httpLimits,
  throttle: config.throttle,
  introspection: config.introspection,
  hideSchemaDetails: config.hideSchemaDetails,
  corsOrigins: config.corsOrigins,
  executor: config.executor,
});
const url = await server.listen(config.port, config.host);
const base = url.replace(/\/graphql$/, '');
const where = config.databaseUrl ? { database: redactUrl(config.databaseUrl), replicas: config.readUrls.length } : { dbPath: config.dbPath };
logger.info({ url, playground: `${base}/playground`, health: `${base}/health`, ...where }, 'Plan Graph is serving');

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    // The watch first: a rebuild in progress finishes before the database is closed.
    Promise.resolve(watch?.stop())
      .then(() => server.stop())
      .then(
        () => logger.info('stopped'),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exitCode = 1;
        },
      );
  });
}
