// Builds the HTTP app from a store. Never listens: server/index.ts does, tests drive it in-process.
import express from 'express';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { GraphStore } from './store/store.ts';
import { createGraphQLHandler } from './graphql/create-yoga.ts';

export interface AppOptions {
  store: GraphStore;
  logger: Logger;
  corsOrigins?: readonly string[];
  /** Built client assets; defaults to dist/client. */
  clientDir?: string;
}

export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../dist/client/', import.meta.url));

export function buildApp({ store, logger, corsOrigins = [], clientDir = DEFAULT_CLIENT_DIR }: AppOptions) {
  const app = express();
  app.disable('x-powered-by');
  const yoga = createGraphQLHandler({ store, logger, corsOrigins });
  app.use(yoga.graphqlEndpoint, (req, res) => {
    void yoga(req, res);
  });

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: 'ready' });
    } catch (e) {
      res.status(503).json({ status: 'not ready', reason: (e as Error).message });
    }
  });

  if (existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: 'index.html' }));
    app.get(['/embed', '/app'], (_req, res) => {
      res.sendFile('index.html', { root: clientDir });
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('kg-timeline: the client is not built; run `npm run build`. GraphQL is at /graphql.');
    });
  }
  return app;
}
