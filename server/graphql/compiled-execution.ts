// Execution by graphql-jit for the documents that repeat. graphql-jit compiles a document once into a function that
// reads default-resolved fields inline and calls only the resolvers the schema declares; graphql-js called and
// completed every field one by one, most of a 500-item page's CPU time (docs/benchmarks.md). Compiling costs more
// than running a document once (2 ms for the month page, tens of ms for a 15-alias document near the limits), so a
// stream of distinct documents would be dearer compiled: a document runs on graphql-js until it has run
// COMPILE_AFTER times, as a client's own queries soon do. Refused documents (cost, limits) never reach execution.
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createRequire } from 'node:module';
import type { DocumentNode, ExecutionResult, GraphQLError, execute as Execute } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { jitErrorsPlugin } from './executor-errors.ts';

export const COMPILE_AFTER = 2;

// The `graphql` that the schema's own packages load (@graphql-tools/schema, graphql-jit: its CommonJS build, which
// is what Node resolves for them); an `import` resolves to the ES build under vite (vitest), a second copy whose
// `execute` refuses the schema ("Cannot use GraphQLSchema … from another module or realm").
const { execute } = createRequire(import.meta.url)('graphql') as { execute: typeof Execute };

export function compiledExecutionPlugins() {
  // Keyed by the parsed document, which yoga caches per query text: an evicted document starts counting again.
  const runs = new WeakMap<DocumentNode, number>();
  const enableIf = ({ document }: { document: DocumentNode }) => {
    const n = (runs.get(document) ?? 0) + 1;
    runs.set(document, n);
    return n > COMPILE_AFTER;
  };
  return [referenceExecution(), useGraphQlJit({}, { enableIf }), jitErrorsPlugin(), requestErrorsAs400()] as const;
}

/**
 * The documents not (yet) compiled run on graphql-js's own `execute`. Yoga's default executor
 * (@graphql-tools/executor) writes an object's fields in the order their resolvers settle, not the selection's
 * (graphql-yoga#3256): a Statement's `disputes` came before its `event` on the first runs and after it once
 * compiled, so the same request's bytes, and its strong ETag, changed at the switch (test/graphql/executors.test.ts).
 */
function referenceExecution(): Plugin {
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute);
    },
  };
}

/**
 * No `data` at all: the request failed before execution (variables that do not coerce), a request error that
 * GraphQL over HTTP answers with 400; yoga's own executor marked these, graphql-js does not. After jitErrorsPlugin,
 * so graphql-jit's errors have their positions back first.
 */
function requestErrorsAs400(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone({ result, setResult }) {
        const r = result as ExecutionResult;
        if (!r || 'data' in r || !r.errors?.length) return;
        setResult({ ...r, errors: r.errors.map(asRequestError) });
      },
    }),
  };
}

function asRequestError(e: GraphQLError): GraphQLError {
  return createGraphQLError(e.message, {
    nodes: e.nodes ?? null,
    source: e.source ?? null,
    positions: e.positions ?? null,
    extensions: { ...e.extensions, http: { status: 400 } },
  });
}
