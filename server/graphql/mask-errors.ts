// The one place store errors become GraphQL error codes; anything unexpected is logged and masked.
import type { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as defaultMaskError, type YogaInitialContext } from 'graphql-yoga';
import type { Logger } from 'pino';
import { InputError } from '../input/input-error.ts';
import { SearchIndexMissingError, SeedInProgressError, StoreUnavailableError } from '../store/store-errors.ts';
import { badUserInput } from './user-input.ts';
import { beforeExecution, executorsOwn } from './executor-errors.ts';

export function createErrorMasker(logger: Logger) {
  return (error: unknown, message: string, isDev?: boolean): Error => {
    const original = rootCause(error);
    if (original instanceof StoreUnavailableError) {
      return createGraphQLError('The graph store is unavailable; try again shortly.', {
        extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 200 } },
      });
    }
    if (original instanceof SeedInProgressError) {
      // 503 with Retry-After: every read of the graph would be partial, so the whole request is to be sent again.
      const after = original.retryAfterSeconds;
      return createGraphQLError(`The graph is not ready: ${original.message}; try again in ${after} s.`, {
        extensions: {
          code: 'SEED_IN_PROGRESS',
          retryAfterSeconds: after,
          http: { status: 503, headers: { 'Retry-After': String(after) } },
        },
      });
    }
    if (original instanceof SearchIndexMissingError) {
      return createGraphQLError(`Search is unavailable: ${original.message}.`, {
        extensions: { code: 'SEARCH_INDEX_MISSING' },
      });
    }
    // Raised past the resolvers' own checks, by a store (a cursor from another list).
    if (original instanceof InputError) return badUserInput(original);
    // Errors we raised on purpose (bad input, limits) pass through as they are.
    if (isGraphQLError(original) && original.extensions?.code) return original;
    const requestError = beforeExecution(error);
    if (requestError) return requestError;
    logger.error({ err: original }, 'internal error while resolving a GraphQL request');
    return defaultMaskError(executorsOwn(error) ?? error, message, isDev);
  };
}

/**
 * Duck-typed on purpose: graphql can be loaded twice (its CommonJS and ESM builds, e.g. yoga's and ours),
 * and then `instanceof GraphQLError` fails for errors the other copy made.
 */
export function isGraphQLError(e: unknown): e is Error & Pick<GraphQLError, 'originalError' | 'extensions'> {
  return e instanceof Error && e.name === 'GraphQLError' && 'extensions' in e;
}

/** Resolver errors arrive wrapped (located, sometimes twice); the innermost one says what happened. */
function rootCause(error: unknown): unknown {
  let e = error;
  while (isGraphQLError(e) && e.originalError && !e.extensions?.code) e = e.originalError;
  return e;
}

export type { YogaInitialContext };
