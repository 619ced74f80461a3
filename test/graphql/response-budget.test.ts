// The response-size ceiling and the per-request deadline end a request with one coded error and no data.
import { afterEach, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import type { GraphStore } from '../../server/store/store.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { gql } from '../support/gql.ts';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('response budget', () => {
  it('a response past the size ceiling is not built: one RESPONSE_TOO_LARGE error, no data', async () => {
    app = await startApp({ requestLimits: { maxResponseBytes: 2_000 } });
    const small = await gql(app.url, `{ sources { id title } }`);
    expect(small.errors).toBeUndefined();
    // The article text alone is past 2 kB.
    const r = await gql(app.url, `{ sources { id text } }`);
    expect(r.data ?? null).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limitBytes: 2_000 });
  });

  it('a request past its deadline stops with DEADLINE_EXCEEDED, no data', async () => {
    const inner = new MemoryStore(await loadArticles());
    // A store that takes 100 ms over the sources: the fields under them resolve after the 50 ms deadline.
    const slow = new Proxy(inner, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (property !== 'pageSources' || typeof value !== 'function') return value;
        return async (...args: Parameters<GraphStore['pageSources']>) => {
          await new Promise((resolve) => setTimeout(resolve, 100));
          return inner.pageSources(...args);
        };
      },
    }) as GraphStore;
    app = await startApp({ store: slow, requestLimits: { requestDeadlineMs: 50 } });
    const r = await gql(app.url, `{ sources { id title } }`);
    expect(r.data ?? null).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'DEADLINE_EXCEEDED', limitMs: 50 });
  });
});
