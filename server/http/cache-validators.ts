// Strong ETags from the graph version and a normalised request, Cache-Control for shared caches, and
// If-None-Match matching: what exports and trusted GraphQL GETs share (docs/caching.md).
import { createHash } from 'node:crypto';

export interface CachePolicy {
  /** Seconds a cache may serve an answer without asking again. */
  maxAgeSeconds: number;
  /** Seconds past that it may still serve it while it revalidates in the background. */
  staleWhileRevalidateSeconds: number;
}

/** Short enough that a seed shows within a minute; revalidation is cheap (a 304 from the version alone). */
export const DEFAULT_CACHE_POLICY: CachePolicy = { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 600 };

export function cacheControl(policy: CachePolicy): string {
  return `public, max-age=${policy.maxAgeSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}`;
}

/** A strong ETag: the same graph version and the same normalised request give the same bytes. */
export function strongEtag(version: string, request: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(version);
  for (const part of request) hash.update(`\n${part}`);
  return `"${hash.digest('base64url').slice(0, 32)}"`;
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks for If-None-Match) or is `*`. */
export function ifNoneMatchHas(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t.replace(/^W\//, '') === bare);
}

/** Query parameters in a stable order (by name; repeated names keep their order), so equal requests hash equal. */
export function normalisedSearch(search: string): string {
  const params = new URLSearchParams(search);
  params.sort();
  return params.toString();
}
