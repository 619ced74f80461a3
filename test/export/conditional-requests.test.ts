// Cacheable reads on the embedded store: exports and the client's shipped GraphQL documents over GET carry a
// strong ETag; If-None-Match gets 304 without reading the store until the graph changes (a restart loads it
// afresh), then 200 with a new ETag. Arbitrary GET queries, POSTs and answers with errors are never cached.
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { countingStore } from '../support/counting-store.ts';
import { expectCacheCycle, get, readsOf, type CycleApp } from '../support/cache-cycle.ts';
import { TIMELINE_QUERY } from '../../client/src/api/queries.ts';

let running: RunningApp | null = null;
let calls: ReadonlyMap<string, number> = new Map();

async function restart(): Promise<void> {
  await running?.close();
  const counted = countingStore(new MemoryStore(await loadArticles()));
  calls = counted.calls;
  running = await startApp({ store: counted.store, graphVersionTtlMs: 0 });
}
const app = (): CycleApp => ({ url: running!.url, reads: () => readsOf(calls) });

afterAll(() => running?.close());

describe('conditional requests on the embedded store', () => {
  it('304 with the same ETag until the store restarts, then 200 with a new one', async () => {
    await restart();
    await expectCacheCycle(app, restart);
  });

  it('does not cache an arbitrary GET query, a POST, or an answer with errors', async () => {
    await restart();
    const arbitrary = await get(`${running!.url}/graphql?query=${encodeURIComponent('{ sources { id } }')}`);
    expect(arbitrary.status).toBe(200);
    expect(arbitrary.headers.get('etag')).toBeNull();
    expect(arbitrary.headers.get('cache-control') ?? '').not.toMatch(/public/);

    const post = await fetch(`${running!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: TIMELINE_QUERY, variables: { first: 5 } }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('etag')).toBeNull();

    // A trusted document whose variables the server refuses (first above the page limit): an error, not cached.
    const refused = await get(
      `${running!.url}/graphql?${new URLSearchParams({ query: TIMELINE_QUERY, variables: JSON.stringify({ first: 5000 }) })}`,
    );
    const body = (await refused.json()) as { errors?: unknown[] };
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(refused.headers.get('etag')).toBeNull();
    expect(refused.headers.get('cache-control') ?? '').not.toMatch(/public/);

    const badExport = await get(`${running!.url}/export/timeline.csv?from=2025-13-01`);
    expect(badExport.status).toBe(400);
    // Express marks any body it sends with a weak ETag of its bytes; no strong one from the graph, and no `public`.
    expect(badExport.headers.get('etag') ?? '').not.toMatch(/^"/);
    expect(badExport.headers.get('cache-control') ?? '').not.toMatch(/public/);
  });

  it('one ETag for the same request however its parameters are ordered, another for other parameters', async () => {
    await restart();
    const etag = async (path: string) => (await get(running!.url + path)).headers.get('etag');
    const a = await etag('/export/timeline.csv?from=2025-01-01&to=2025-03-31');
    expect(await etag('/export/timeline.csv?to=2025-03-31&from=2025-01-01')).toBe(a);
    expect(await etag('/export/timeline.csv?from=2025-01-01&to=2025-04-30')).not.toBe(a);
    expect(await etag('/export/timelinejs.json?from=2025-01-01&to=2025-03-31')).not.toBe(a);
  });
});
