import 'reflect-metadata';
import { pino } from 'pino';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { loadPersistedDocuments } from './persisted/persisted-documents.js';
import { createServer } from './server.js';

const config = loadConfig();
const logger = pino({ name: 'plan-graph', level: config.logLevel });
const orm = await openDatabase(config.dbPath, config.fixturesDir, logger, { driver: config.driver, logSql: config.logSql });
const server = await createServer({
  orm,
  logger,
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
    server.stop().then(
      () => logger.info('stopped'),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exitCode = 1;
      },
    );
  });
}
