// Entry point: read config, pick the store, listen, watch the store's readiness, and shut down cleanly.
import { createServer } from 'node:http';
import { answerClientErrors } from './http/client-errors.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';

function configOrExit(): Config {
  try {
    return readConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`kg-timeline: ${e.message}\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config.LOG_LEVEL);
  // Loaded after the config is known good, so a bad value is reported without loading the whole server.
  const [{ buildApp }, { selectStore }, { Drain }, { closeServer }, { ReadinessMonitor, readinessOf }, { gateStore }] =
    await Promise.all([
      import('./app.ts'),
      import('./select-store.ts'),
      import('./http/drain.ts'),
      import('./http/graceful-shutdown.ts'),
      import('./http/readiness-monitor.ts'),
      import('./store/store-gate.ts'),
    ]);

  const { store, description } = await selectStore(config);
  const readiness = new ReadinessMonitor(readinessOf(store, logger));
  const drain = new Drain();
  const app = buildApp({
    // Requests and the monitor share what they learn (store/store-gate.ts).
    store: gateStore(store, readiness),
    logger,
    corsOrigins: config.CORS_ORIGINS,
    readiness,
    drain,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    bodyLimitBytes: config.BODY_LIMIT_KB * 1024,
    answerCacheBytes: config.ANSWER_CACHE_MB * 1024 * 1024,
    trustProxy: config.TRUST_PROXY,
    embedFrameAncestors: config.EMBED_FRAME_ANCESTORS,
  });
  const server = createServer(app);
  answerClientErrors(server);
  server.on('error', (e) => {
    logger.fatal({ err: e }, 'the HTTP server failed');
    process.exit(1);
  });
  server.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    logger.info(
      {
        port,
        host: config.HOST,
        store: description,
        rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
        corsOrigins: config.CORS_ORIGINS,
      },
      `kg-timeline listening on http://localhost:${port} (GraphQL at /graphql)`,
    );
    // Not ready until the store answers; the monitor pings every 250 ms until then and never stops the process.
    readiness.start();
  });

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: stopping now');
      process.exit(1);
    }
    stopping = true;
    logger.info(
      { signal, deadlineMs: config.SHUTDOWN_TIMEOUT_MS },
      'shutting down: no new connections, finishing requests in flight',
    );
    readiness.stop();
    // Backstop if closing the store itself hangs; the HTTP deadline below normally ends things well before.
    setTimeout(() => process.exit(1), config.SHUTDOWN_TIMEOUT_MS + 1000).unref();
    const outcome = await closeServer(server, { deadlineMs: config.SHUTDOWN_TIMEOUT_MS, drain });
    await store.close().catch((e: unknown) => logger.warn({ err: e }, 'closing the graph store failed'));
    if (outcome === 'forced') logger.warn('requests still running at the shutdown deadline were cut off');
    logger.info({ outcome }, 'stopped');
    process.exit(outcome === 'graceful' ? 0 : 1);
  };
  process.on('SIGTERM', (s) => void shutdown(s));
  process.on('SIGINT', (s) => void shutdown(s));
}

main().catch((e: unknown) => {
  process.stderr.write(`kg-timeline failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
