// Execution by graphql-jit for the documents that repeat. graphql-jit compiles a document once into a function that
// reads default-resolved fields inline and calls only the resolvers the schema declares; graphql-js called and
// completed every field one by one, most of a 500-item page's CPU time (docs/benchmarks.md). Compiling costs more
// than running a document once (2 ms for the month page, tens of ms for a 15-alias document near the limits), so a
// stream of distinct documents would be dearer compiled: a document runs on graphql-js until it has run
// COMPILE_AFTER times, as a client's own queries soon do. Refused documents (cost, limits) never reach execution.
import { useGraphQlJit } from '@envelop/graphql-jit';
import type { DocumentNode } from 'graphql';
import { jitErrorsPlugin } from './executor-errors.ts';

export const COMPILE_AFTER = 2;

export function compiledExecutionPlugins() {
  // Keyed by the parsed document, which yoga caches per query text: an evicted document starts counting again.
  const runs = new WeakMap<DocumentNode, number>();
  const enableIf = ({ document }: { document: DocumentNode }) => {
    const n = (runs.get(document) ?? 0) + 1;
    runs.set(document, n);
    return n > COMPILE_AFTER;
  };
  return [useGraphQlJit({}, { enableIf }), jitErrorsPlugin()] as const;
}
