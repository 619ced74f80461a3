// graphql-jit's errors, made what graphql-js's are, so clients see the same answers with either executor. graphql-jit
// gives `locations` as such (no source or AST nodes: yoga's copies of an error would drop them), builds its errors
// from another copy of graphql (yoga would take a variable that does not coerce for an internal error), and raises
// the executor's own errors (a non-null field resolved to null) bare (yoga would pass them on as a client's error).
// The plugin remakes them with positions; mask-errors.ts calls the two helpers.
import type { ExecutionResult, GraphQLError, Source } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { isGraphQLError } from './mask-errors.ts';

/**
 * An error with no path, no code and no cause was raised before execution began (variables that do not coerce): a
 * request error, answered with HTTP 400 as the GraphQL-over-HTTP spec asks. graphql-js's executor marks these
 * itself; graphql-jit's come from another copy of graphql, which yoga would otherwise take for an internal error.
 */
export function beforeExecution(error: unknown) {
  if (!isGraphQLError(error) || error.originalError || (error as GraphQLError).path) return null;
  const e = error as GraphQLError;
  return createGraphQLError(e.message, {
    nodes: e.nodes ?? null,
    source: e.source ?? null,
    positions: e.positions ?? null,
    extensions: { http: { status: 400 } },
  });
}

/**
 * An error at a path with no code and no cause was raised by the executor itself: a non-null field that resolved to
 * null, an abstract type left unresolved. graphql-js wraps these around a plain Error, which yoga masks; graphql-jit
 * raises them bare, which yoga would pass on as a client's error. Given a cause, they are masked alike.
 */
export function executorsOwn(error: unknown) {
  if (!isGraphQLError(error) || error.originalError || !(error as GraphQLError).path) return null;
  const e = error as GraphQLError;
  return createGraphQLError(e.message, {
    nodes: e.nodes ?? null,
    source: e.source ?? null,
    positions: e.positions ?? null,
    path: e.path ?? null,
    originalError: new Error(e.message),
  });
}

/**
 * Remakes graphql-jit's errors as graphql's, with the document's source and positions (from which every later copy,
 * masked or not, works out its `locations`), and puts `errors` first in the answer, as graphql-js does and the spec
 * suggests. Runs before yoga's masking (plugins run in order; masking is added after them).
 */
export function jitErrorsPlugin(): Plugin {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone({ result, setResult }) {
        const r = result as ExecutionResult;
        if (!r || !r.errors?.length) return;
        const source = args.document.loc?.source;
        const errors = r.errors.map((e) => (source ? located(e, source) : e));
        setResult(
          'data' in r
            ? { errors, data: r.data, ...(r.extensions ? { extensions: r.extensions } : {}) }
            : { ...r, errors },
        );
      },
    }),
  };
}

function located(e: GraphQLError, source: Source): GraphQLError {
  if (e.positions?.length || !e.locations?.length) return e;
  const lineStarts = [0];
  for (let i = 0; i < source.body.length; i++) if (source.body[i] === '\n') lineStarts.push(i + 1);
  // graphql-jit's variable errors name the expected type once more than graphql-js's ("...; Expected type Int; Int
  // cannot represent..."); the rest of the message is graphql's own.
  const message = e.path ? e.message : e.message.replace(/; Expected type [^;]+; /, '; ');
  return createGraphQLError(message, {
    source,
    positions: e.locations.map((l) => (lineStarts[l.line - 1] ?? 0) + l.column - 1),
    path: e.path ?? null,
    originalError: e.originalError ?? null,
    extensions: e.extensions ?? null,
  });
}
