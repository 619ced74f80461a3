// Entry point: read config, pick the store, listen, and shut down cleanly.
import { ConfigError, readConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { buildApp } from './app.ts';
import { selectStore } from './select-store.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const { store, description } = await selectStore(config);
  const app = buildApp({ store, logger, corsOrigins: config.CORS_ORIGINS });
  const server = app.listen(config.PORT, config.HOST, () => {
    logger.info({ port: config.PORT, store: description }, `kg-timeline listening on http://localhost:${config.PORT} (GraphQL at /graphql)`);
  });
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => process.exit(1), 9000).unref();
    server.close(() => {
      void store.close().finally(() => {
        clearTimeout(deadline);
        process.exit(0);
      });
    });
    server.closeIdleConnections();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((e: unknown) => {
  process.stderr.write(`kg-timeline failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
