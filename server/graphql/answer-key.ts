// What makes two GraphQL requests the same answer: the graph version, the method, the Accept header (it picks the
// media type and, with it, the status code of some errors), the document text, operationName, variables and
// extensions (keys sorted), and the server's request limits (which decide whether a request is refused at all).
// Anything else a request carries (cookies, Origin, the client's address) does not reach execution: the context is
// the store alone (context.ts), with no per-user state, so it cannot change the answer.
import { createHash } from 'node:crypto';
import type { GraphQLParams } from 'graphql-yoga';
import { canonicalJson } from './canonical-json.ts';

/** The key under which an answer to this request is kept, or null when the request has no document to key on. */
export function answerKey(version: string, request: Request, params: GraphQLParams, limits: string): string | null {
  if (typeof params.query !== 'string') return null;
  const parts = [
    version,
    request.method,
    request.headers.get('accept') ?? '',
    params.query,
    params.operationName ?? null,
    canonicalJson(params.variables ?? null),
    canonicalJson(params.extensions ?? null),
    limits,
  ];
  // JSON of the parts is unambiguous (no separator a part could contain); sha256 keeps keys small in memory.
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
