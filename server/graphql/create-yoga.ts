// The GraphQL endpoint: schema, per-request context, document limits and error masking.
import { createYoga } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import type { GraphStore } from '../store/store.ts';
import { createContext, type GraphQLContext } from './context.ts';
import { buildSchema } from './executable-schema.ts';
import { LIMITS } from './limits.ts';
import { createErrorMasker } from './mask-errors.ts';
import type { GraphVersionCache } from '../http/graph-version-cache.ts';
import { DEFAULT_CACHE_POLICY, type CachePolicy } from '../http/cache-validators.ts';
import { useCacheableGet } from './cacheable-get.ts';
import { loadTrustedDocuments } from './trusted-documents.ts';

export interface YogaOptions {
  store: GraphStore;
  logger: Logger;
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins?: readonly string[];
  /** When given, GETs of the client's shipped documents carry ETag and Cache-Control (cacheable-get.ts). */
  versions?: GraphVersionCache;
  cachePolicy?: CachePolicy;
}

export function createGraphQLHandler({
  store,
  logger,
  corsOrigins = [],
  versions,
  cachePolicy = DEFAULT_CACHE_POLICY,
}: YogaOptions) {
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxCost },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  });
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'kg-timeline GraphQL' },
    landingPage: false,
    context: () => createContext(store),
    plugins: versions
      ? [armor, useCacheableGet({ versions, trusted: loadTrustedDocuments(), policy: cachePolicy })]
      : [armor],
    maskedErrors: { maskError: createErrorMasker(logger) },
    // Yoga's default CORS echoes any origin; only an explicit allow-list is honoured here.
    cors: corsOrigins.length > 0 ? { origin: [...corsOrigins], credentials: false } : false,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      // Yoga reports every masked error here; mask-errors.ts already logs the internal ones once, at error.
      error: (...args) => logger.debug(args.map(String).join(' ')),
    },
  });
}
