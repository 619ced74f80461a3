// The conditional-request cycle both stores must pass: 200 with a strong ETag and CDN Cache-Control, 304 with the
// same ETag (and no store read but the version), until the graph changes, then 200 with a new ETag.
import { expect } from 'vitest';
import { SOURCES_PAGE_QUERY, NETWORK_WINDOW_QUERY, TIMELINE_QUERY } from '../../client/src/api/queries.ts';

const graphqlGet = (query: string, variables?: Record<string, unknown>) =>
  `/graphql?${new URLSearchParams({ query, ...(variables ? { variables: JSON.stringify(variables) } : {}) })}`;

/** Exports and the client's own documents over GET: what an embed loads. */
export const CACHEABLE_TARGETS = [
  '/export/timeline.csv?to=2025-12-31&from=2025-01-01',
  '/export/timeline.svg',
  '/export/network.json?actorIds=claudia-sheinbaum&depth=1',
  graphqlGet(SOURCES_PAGE_QUERY, { first: 100 }),
  graphqlGet(NETWORK_WINDOW_QUERY, { from: '2025-01-01', to: '2025-06-30' }),
  graphqlGet(TIMELINE_QUERY, { first: 50, count: true }),
];

const JSON_ACCEPT = { accept: 'application/graphql-response+json, application/json' };

export async function get(url: string, etag?: string): Promise<Response> {
  return fetch(url, { headers: { ...JSON_ACCEPT, ...(etag ? { 'if-none-match': etag } : {}) } });
}

export interface CycleApp {
  url: string;
  /** Store calls other than graphVersion since the app started. */
  reads(): number;
}

/**
 * Runs the cycle for every target: `app()` is the app now (a restart gives a new one), `changeGraph` makes the
 * graph change (a seed, or a restart of the embedded store).
 */
export async function expectCacheCycle(app: () => CycleApp, changeGraph: () => Promise<void>): Promise<void> {
  const before = new Map<string, string>();
  for (const target of CACHEABLE_TARGETS) {
    const fresh = await get(app().url + target);
    expect(fresh.status, target).toBe(200);
    const etag = fresh.headers.get('etag');
    expect(etag, target).toMatch(/^"[\w-]+"$/);
    expect(fresh.headers.get('cache-control'), target).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    await fresh.arrayBuffer();
    const reads = app().reads();
    for (let i = 0; i < 2; i++) {
      const again = await get(app().url + target, etag!);
      expect(again.status, target).toBe(304);
      expect(again.headers.get('etag'), target).toBe(etag);
      expect(await again.text(), target).toBe('');
    }
    expect(app().reads(), `${target}: a 304 reads nothing but the version`).toBe(reads);
    before.set(target, etag!);
  }
  await changeGraph();
  for (const target of CACHEABLE_TARGETS) {
    const changed = await get(app().url + target, before.get(target));
    expect(changed.status, target).toBe(200);
    const etag = changed.headers.get('etag');
    expect(etag, target).not.toBe(before.get(target));
    await changed.arrayBuffer();
    expect((await get(app().url + target, etag!)).status, target).toBe(304);
  }
}

/** Store calls except the version check. */
export function readsOf(calls: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const [method, count] of calls) if (method !== 'graphVersion') n += count;
  return n;
}
