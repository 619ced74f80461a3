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
import { AnswerCache } from './answer-cache.ts';
import { cachedAnswersPlugin } from './cached-answers.ts';

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
  /** Bytes of serialized answers kept by graph version (answer-cache.ts); 0 keeps none. Needs `versions`. */
  answerCacheBytes?: number;
}

/** 64 MiB (ANSWER_CACHE_MB): some 300 month pages of 208 KB, more than the pages an embed's readers share. */
export const DEFAULT_ANSWER_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * How long identical requests wait on the first one's answer: a page takes milliseconds to some hundreds of them
 * (Neo4j, network at depth 2), so a leader still out after 2 s is stuck (a store gone away) and waiting on it would
 * only add its delay to everyone's.
 */
const FOLLOW_MS = 2000;

export function createGraphQLHandler({
  store,
  logger,
  requestLimits = {},
  graphiql,
  versions,
  cachePolicy = DEFAULT_CACHE_POLICY,
  answerCacheBytes = DEFAULT_ANSWER_CACHE_BYTES,
}: YogaOptions) {
  const limits = { ...DEFAULT_REQUEST_LIMITS, ...requestLimits };
  const cacheable = versions
    ? [useCacheableGet({ versions, trusted: loadTrustedDocuments(), policy: cachePolicy })]
    : [];
  const answers =
    versions && answerCacheBytes > 0
      ? [
          cachedAnswersPlugin({
            cache: new AnswerCache(answerCacheBytes),
            versions,
            limits: JSON.stringify(limits),
            waitMs: FOLLOW_MS,
            flightMs: limits.requestDeadlineMs,
          }),
        ]
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
      requestLimitsPlugin(limits),
      ...cacheable,
      ...compiledExecutionPlugins(),
      // Last, so its serializer wraps graphql-jit's and it sees every other plugin's verdict on the result.
      ...answers,
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
