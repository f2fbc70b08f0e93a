import 'reflect-metadata';
import { pino } from 'pino';
import { loadConfig } from './config.js';
import { openDatabase } from './import/database.js';
import { DatabaseWatch } from './import/readiness.js';
import { loadPersistedDocuments } from './persisted/persisted-documents.js';
import { createServer } from './server.js';

const config = loadConfig();
const logger = pino({ name: 'plan-graph', level: config.logLevel });
const database = { dbPath: config.dbPath, fixturesDir: config.fixturesDir, logger, settings: { driver: config.driver, logSql: config.logSql } };
const orm = await openDatabase(database.dbPath, database.fixturesDir, logger, database.settings);
// Rebuilds the database if it is damaged while serving; stopped before the server closes the database.
const watch = await new DatabaseWatch(orm, database).start();
const server = await createServer({
  orm,
  logger,
  readiness: watch.readiness,
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
logger.info({ url, playground: `${base}/playground`, health: `${base}/health`, dbPath: config.dbPath }, 'Plan Graph is serving');

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    // The watch first: a rebuild in progress finishes before the database is closed.
    watch
      .stop()
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
