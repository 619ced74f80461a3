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

export interface YogaOptions {
  store: GraphStore;
  logger: Logger;
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins?: readonly string[];
  /** Cost, response size and deadline; the defaults are LIMITS' (tests lower them). */
  requestLimits?: Partial<RequestLimits>;
}

export function createGraphQLHandler({ store, logger, corsOrigins = [], requestLimits = {} }: YogaOptions) {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema: chargeResolvers(buildSchema()),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'kg-timeline GraphQL' },
    landingPage: false,
    context: () => createContext(store),
    plugins: [armorPlugin(), requestLimitsPlugin({ ...DEFAULT_REQUEST_LIMITS, ...requestLimits })],
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
