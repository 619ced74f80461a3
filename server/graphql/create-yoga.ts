// The GraphQL endpoint: schema, per-request context, document limits and error masking.
import { createYoga } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { GraphStore } from '../store/store.ts';
import { createContext, type GraphQLContext } from './context.ts';
import { buildSchema } from './executable-schema.ts';
import { armorPlugin } from './armor.ts';
import { createErrorMasker } from './mask-errors.ts';
import { DEFAULT_REQUEST_LIMITS, requestLimitsPlugin, type RequestLimits } from './request-limits.ts';
import { chargeResolvers } from './response-budget.ts';
import type { GraphiQLPage } from './graphiql-page.ts';
import type { GraphVersionCache } from '../http/graph-version-cache.ts';
import { DEFAULT_CACHE_POLICY, type CachePolicy } from '../http/cache-validators.ts';
import { useCacheableGet } from './cacheable-get.ts';
import { compiledExecutionPlugins } from './compiled-execution.ts';
import { loadTrustedDocuments } from './trusted-documents.ts';

export interface YogaOptions {
  store: GraphStore;
  logger: Logger;
  /** Cost, response size and deadline; the defaults are LIMITS' (tests lower them). */
  requestLimits?: Partial<RequestLimits>;
  /** The GraphiQL page served on GET /graphql (see graphiql-page.ts); rendered once by the caller with its CSP. */
  graphiql: GraphiQLPage;
  /** When given, GETs of the client's shipped documents carry ETag and Cache-Control (cacheable-get.ts). */
  versions?: GraphVersionCache;
  cachePolicy?: CachePolicy;
}

export function createGraphQLHandler({
  store,
  logger,
  requestLimits = {},
  graphiql,
  versions,
  cachePolicy = DEFAULT_CACHE_POLICY,
}: YogaOptions) {
  const cacheable = versions
    ? [useCacheableGet({ versions, trusted: loadTrustedDocuments(), policy: cachePolicy })]
    : [];
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema: chargeResolvers(buildSchema()),
    graphqlEndpoint: '/graphql',
    graphiql: true,
    // Yoga's default page loads GraphiQL from a CDN; ours is inlined and needs no network (graphiql-page.ts).
    renderGraphiQL: () => graphiql.html,
    landingPage: false,
    context: () => createContext(store),
    plugins: [
      armorPlugin(),
      requestLimitsPlugin({ ...DEFAULT_REQUEST_LIMITS, ...requestLimits }),
      ...cacheable,
      ...compiledExecutionPlugins(),
    ],
    maskedErrors: { maskError: createErrorMasker(logger) },
    // CORS is answered before yoga (http/cors.ts): yoga's own echoed any origin by default and, with two allowed
    // origins, answered a foreign one with `Access-Control-Allow-Origin: null`.
    cors: false,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      // Yoga reports every masked error here; mask-errors.ts already logs the internal ones once, at error.
      error: (...args) => logger.debug(args.map(String).join(' ')),
    },
  });
}
