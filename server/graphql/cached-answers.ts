// The answer cache as a yoga plugin (answer-cache.ts holds the answers, answer-key.ts says which requests share one).
// A request whose key is held is answered with the kept bytes before parsing, validation or the store; one whose key
// is being answered waits for that answer; any other is answered as usual and, if the answer is clean and its key
// was asked for before (answer-cache.ts admit), kept.
//
// Kept only: a query operation's single result with data, no errors and no extensions, answered 200, computed while
// the graph version it is keyed under was still current. Refusals (limits, cost, bad input), store timeouts and
// partial answers all carry errors, so none is kept and none is handed to a waiting request. Limits still apply:
// the key holds the document, variables and the limits in force, so a kept answer is one that passed them.
import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphVersionCache } from '../http/graph-version-cache.ts';
import type { AnswerCache, Flight, SharedAnswer } from './answer-cache.ts';
import { answerKey } from './answer-key.ts';

export interface CachedAnswersOptions {
  cache: AnswerCache;
  versions: GraphVersionCache;
  /** The request limits in force, as a string: part of every key. */
  limits: string;
  /** How long after an identical request started others wait for its answer before answering for themselves. */
  waitMs: number;
  /** How long a flight nobody settles (a request that never got to its response) lasts: the request deadline. */
  flightMs: number;
}

/** A request answering its key: the flight others wait on, and whether its result may be kept. */
interface Leader {
  key: string;
  version: string;
  flight: Flight;
  query: boolean;
  body: string | null;
  /** Whether its answer is kept (answer-cache.ts admit): else it only goes to the requests waiting on it. */
  keep: boolean;
}

/** Yoga serializes a result with its own `stringify` when it has one (graphql-jit sets it). */
type Serializable = ExecutionResult & { stringify?: (result: ExecutionResult) => string };

/** Where a result that stands for a kept answer holds it, for onResultProcess to send its bytes. */
const KEPT = Symbol('keptAnswer');
type KeptResult = ExecutionResult & { [KEPT]: SharedAnswer };

function keptResult(answer: SharedAnswer): KeptResult {
  return { [KEPT]: answer };
}

/** Whether a result is one clean answer that every identical request would get. */
function cleanResult(result: unknown): Serializable | null {
  if (!result || typeof result !== 'object' || Array.isArray(result) || Symbol.asyncIterator in result) return null;
  const r = result as Serializable;
  return r.data != null && !r.errors?.length && r.extensions === undefined ? r : null;
}

export function cachedAnswersPlugin({ cache, versions, limits, waitMs, flightMs }: CachedAnswersOptions): Plugin {
  const leaders = new WeakMap<Request, Leader>();
  return {
    async onParams({ params, request, setResult }) {
      const version = await versions.currentOrNull();
      if (version === null) return; // the store cannot say which graph it holds: answer, keep nothing
      cache.observe(version);
      const key = answerKey(version, request, params, limits);
      if (key === null) return;
      const kept = cache.get(key) ?? (cache.inFlight(key) ? await cache.follow(key, waitMs) : null);
      if (kept) {
        setResult(keptResult(kept));
        return;
      }
      // A request whose leader's answer was not cacheable answers for itself, without leading (one flight a key).
      if (cache.inFlight(key)) return;
      const keep = cache.admit(key);
      leaders.set(request, { key, version, flight: cache.lead(key, flightMs), query: false, body: null, keep });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const leader = request && leaders.get(request);
      if (leader) leader.query = getOperationAST(args.document, args.operationName)?.operation === 'query';
    },
    onExecutionResult({ request, result }) {
      const leader = leaders.get(request);
      const clean = leader?.query ? cleanResult(result) : null;
      if (!leader || !clean) return;
      // Keep the exact bytes yoga sends (graphql-jit's serializer or JSON.stringify), serialized once.
      const serialize = clean.stringify ?? ((r: ExecutionResult) => JSON.stringify(r));
      clean.stringify = (r) => (leader.body = serialize(r));
    },
    onResultProcess({ result, setResultProcessor }) {
      const kept = result && !Array.isArray(result) && KEPT in result ? (result as KeptResult)[KEPT] : null;
      if (!kept) return;
      const mediaType = kept.contentType.split(';')[0]!.trim();
      setResultProcessor(
        (_result, fetchAPI) =>
          new fetchAPI.Response(kept.body, { status: 200, headers: { 'Content-Type': kept.contentType } }),
        mediaType,
      );
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      const leader = leaders.get(request);
      if (!leader) return;
      leaders.delete(request);
      const { key, version, flight, body, keep } = leader;
      const contentType = response.headers.get('content-type');
      if (body === null || response.status !== 200 || !contentType) {
        flight.settle(null);
        return;
      }
      if (!keep) {
        flight.settle({ body, contentType }); // the response goes out as yoga made it
        return;
      }
      const answer = { body: new TextEncoder().encode(body), contentType };
      cache.set(key, version, answer);
      flight.settle(answer);
      // Send the bytes just encoded, with the headers the other plugins set: the string would be encoded again.
      setResponse(new fetchAPI.Response(answer.body, { status: 200, headers: response.headers }));
    },
  };
}
