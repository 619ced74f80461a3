// GET requests for the client's shipped documents (trusted-documents.ts) are answered like exports: a strong ETag
// from the graph version and the normalised request, Cache-Control for shared caches, 304 for If-None-Match without
// executing. Any other GET (an arbitrary query), every POST, and every answer with errors stay uncached.
import type { Plugin } from 'graphql-yoga';
import type { GraphVersionCache } from '../http/graph-version-cache.ts';
import { cacheControl, ifNoneMatchHas, strongEtag, type CachePolicy } from '../http/cache-validators.ts';
import { documentHash } from './trusted-documents.ts';
import { canonicalJson } from './canonical-json.ts';

export interface CacheableGetOptions {
  versions: GraphVersionCache;
  trusted: ReadonlyMap<string, string>;
  policy: CachePolicy;
}

/** The request's cache key parts, or null when it is not a GET of a trusted document with readable variables. */
function requestKey(request: Request, url: URL, trusted: ReadonlyMap<string, string>): string[] | null {
  if (request.method !== 'GET') return null;
  const query = url.searchParams.get('query');
  if (query === null) return null;
  const hash = documentHash(query);
  if (!trusted.has(hash)) return null;
  let variables: unknown = null;
  try {
    const raw = url.searchParams.get('variables');
    variables = raw === null || raw === '' ? null : JSON.parse(raw);
  } catch {
    return null; // Yoga answers the malformed request; it is not cached.
  }
  // The media type is negotiated from Accept, and a strong ETag promises the same bytes and type.
  const accept = request.headers.get('accept') ?? '';
  return [hash, url.searchParams.get('operationName') ?? '', canonicalJson(variables), accept];
}

export function useCacheableGet({ versions, trusted, policy }: CacheableGetOptions): Plugin {
  /** The ETag a request will carry if its answer turns out to be a clean 200. */
  const etags = new WeakMap<Request, string>();
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const key = requestKey(request, url, trusted);
      if (key === null) return;
      const version = await versions.currentOrNull();
      if (version === null) return;
      const etag = strongEtag(version, ['graphql', ...key]);
      if (ifNoneMatchHas(request.headers.get('if-none-match'), etag)) {
        const headers = { ETag: etag, 'Cache-Control': cacheControl(policy), Vary: 'Accept' };
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      etags.set(request, etag);
    },
    onExecutionResult({ request, result }) {
      // An answer with errors may be passing (a store timeout): never let a shared cache keep it.
      const results = result && Symbol.asyncIterator in result ? null : [result].flat();
      if (!results || results.some((r) => r?.errors?.length)) etags.delete(request);
    },
    onResponse({ request, response }) {
      const etag = etags.get(request);
      if (etag === undefined || response.status !== 200) return;
      response.headers.set('ETag', etag);
      response.headers.set('Cache-Control', cacheControl(policy));
      response.headers.append('Vary', 'Accept');
    },
  };
}
