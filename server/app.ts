// Builds the HTTP app from a store. Never listens: server/index.ts does, tests drive it in-process.
import { projectPath } from './project-root.ts';
import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import type { Logger } from 'pino';
import type { TrustProxy } from './config.ts';
import type { GraphStore } from './store/store.ts';
import { createGraphQLHandler } from './graphql/create-yoga.ts';
import type { RequestLimits } from './graphql/request-limits.ts';
import { buildGraphiQLPage, DEFAULT_GRAPHIQL_QUERY } from './graphql/graphiql-page.ts';
import { bufferedBody, declaredBodyLimit } from './http/body-limit.ts';
import { corsAllowList } from './http/cors.ts';
import { checkJsonBody } from './http/json-body.ts';
import { refuseSimplePosts } from './http/refuse-simple-posts.ts';
import type { Drain } from './http/drain.ts';
import { errorHandler } from './http/error-handler.ts';
import { healthRoutes } from './http/health-routes.ts';
import { rateLimitPerClient } from './http/rate-limit.ts';
import { ReadinessMonitor, readinessOf, type ReadinessCheck } from './http/readiness-monitor.ts';
import { requestLogger } from './http/request-logger.ts';
import { graphiqlSecurityHeaders, securityHeaders } from './http/security-headers.ts';
import { exportRoutes } from './export/export-routes.ts';
import { GraphVersionCache } from './http/graph-version-cache.ts';
import type { CachePolicy } from './http/cache-validators.ts';

export interface AppOptions {
  store: GraphStore;
  logger: Logger;
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins?: readonly string[];
  /** Built client assets; defaults to dist/client. */
  clientDir?: string;
  /** What /ready reports; defaults to pinging the store on each request. */
  readiness?: ReadinessCheck;
  /** Marks responses Connection: close once shutdown starts (see http/graceful-shutdown.ts). */
  drain?: Drain;
  /** Requests per minute per client address; 0 (the default here; the server's config says 600) is no limit. */
  rateLimitPerMinute?: number;
  /** Largest request body accepted; defaults to 100 KiB. */
  bodyLimitBytes?: number;
  /** Express's `trust proxy`: which X-Forwarded-For hops to believe for the client address. */
  trustProxy?: TrustProxy;
  /** EMBED_FRAME_ANCESTORS: who may frame /embed and the SVG export; defaults to any origin. */
  embedFrameAncestors?: string;
  /** GraphQL cost, response size and deadline; LIMITS' by default (tests lower them). */
  requestLimits?: Partial<RequestLimits>;
  /** How long the graph version behind ETags is trusted before it is read again; defaults to 1 s. */
  graphVersionTtlMs?: number;
  /** Cache-Control of cacheable answers; defaults to DEFAULT_CACHE_POLICY (docs/caching.md). */
  cachePolicy?: CachePolicy;
  /** Bytes of GraphQL answers kept by graph version (graphql/answer-cache.ts); 0 keeps none; 64 MiB by default. */
  answerCacheBytes?: number;
}

export const DEFAULT_CLIENT_DIR = projectPath('dist', 'client/');
export const DEFAULT_BODY_LIMIT_BYTES = 100 * 1024;

export function buildApp(options: AppOptions) {
  const { store, logger, clientDir = DEFAULT_CLIENT_DIR, bodyLimitBytes = DEFAULT_BODY_LIMIT_BYTES } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);

  // Cross-cutting middleware, outermost first: every response, refused ones included, is logged and hardened.
  app.use(requestLogger(logger));
  if (options.drain) app.use(options.drain.middleware);
  app.use(securityHeaders());
  const limiter = rateLimitPerClient(options.rateLimitPerMinute ?? 0);
  if (limiter) app.use(limiter);
  app.use(declaredBodyLimit(bodyLimitBytes));

  // One version cache for every cacheable answer: a burst of conditional requests costs one version read.
  const versions = new GraphVersionCache(() => store.graphVersion(), options.graphVersionTtlMs ?? 1000);
  const caching = { versions, ...(options.cachePolicy ? { cachePolicy: options.cachePolicy } : {}) };

  // Feature routes: each a router; mount new ones (exports, embeds) in this list.
  const routes: Router[] = [
    healthRoutes(options.readiness ?? new ReadinessMonitor(readinessOf(store, logger))),
    graphqlRoutes({ ...options, bodyLimitBytes }, caching),
    exportRoutes({
      store,
      logger,
      corsOrigins: options.corsOrigins ?? [],
      frameAncestors: options.embedFrameAncestors ?? '*',
      ...caching,
    }),
  ];
  for (const router of routes) app.use(router);

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
  app.use(errorHandler(logger));
  return app;
}

function graphqlRoutes(
  {
    store,
    logger,
    corsOrigins = [],
    bodyLimitBytes,
    requestLimits = {},
    answerCacheBytes,
  }: AppOptions & { bodyLimitBytes: number },
  caching: { versions: GraphVersionCache; cachePolicy?: CachePolicy },
): Router {
  const router = Router();
  const graphiql = buildGraphiQLPage({
    endpoint: '/graphql',
    title: 'kg-timeline GraphQL',
    defaultQuery: DEFAULT_GRAPHIQL_QUERY,
  });
  const yoga = createGraphQLHandler({
    store,
    logger,
    requestLimits,
    graphiql,
    ...caching,
    ...(answerCacheBytes === undefined ? {} : { answerCacheBytes }),
  });
  router.get(yoga.graphqlEndpoint, graphiqlSecurityHeaders(graphiql.directives));
  router.use(
    yoga.graphqlEndpoint,
    corsAllowList(corsOrigins),
    refuseSimplePosts(),
    bufferedBody(bodyLimitBytes),
    checkJsonBody(),
    (req, res) => {
      void yoga(req, res);
    },
  );
  return router;
}
