// The GraphQL answer cache on the embedded store: a request asked twice before is answered from the kept bytes
// without a store read; different variables, Accept or limits never share an answer; a new graph version drops every answer;
// errors are never kept nor handed on; identical requests in flight cost one store read; memory stays bounded.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import type { GraphStore } from '../../server/store/store.ts';
import type { AppOptions } from '../../server/app.ts';
import { TIMELINE_QUERY } from '../../client/src/api/queries.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { countingStore } from '../support/counting-store.ts';
import { readsOf } from '../support/cache-cycle.ts';

const JSON_ACCEPT = 'application/graphql-response+json, application/json';

async function post(url: string, variables: Record<string, unknown>, accept = JSON_ACCEPT) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query: TIMELINE_QUERY, variables }),
  });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

let articles: Awaited<ReturnType<typeof loadArticles>>;
beforeAll(async () => {
  articles = await loadArticles();
});

/** A store whose graph version the test sets, and whose timeline reads can be made slow or failing. */
function controlledStore() {
  const inner = new MemoryStore(articles);
  const control = { version: 'v1', delayMs: 0, failNext: false };
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === 'graphVersion') return async () => control.version;
      if (prop === 'timeline')
        return async (...args: Parameters<GraphStore['timeline']>) => {
          if (control.delayMs) await new Promise((r) => setTimeout(r, control.delayMs));
          if (control.failNext) {
            control.failNext = false;
            throw new Error('the store went away for one read');
          }
          return target.timeline(...args);
        };
      return Reflect.get(target, prop, receiver) as unknown;
    },
  }) as GraphStore;
  return { store, control };
}

let running: RunningApp | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function start(options: Partial<AppOptions> = {}) {
  const controlled = controlledStore();
  const counted = countingStore(controlled.store);
  running = await startApp({ store: counted.store, graphVersionTtlMs: 0, ...options });
  return { url: running.url, control: controlled.control, reads: () => readsOf(counted.calls) };
}

describe('GraphQL answer cache', () => {
  it('keeps an answer from its second request on, and answers the third with the same bytes and no store read', async () => {
    const app = await start();
    const first = await post(app.url, { first: 10, count: true });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text).data.timeline.edges).toHaveLength(10);
    const once = app.reads();
    expect(once).toBeGreaterThan(0);
    // Asked once before: answered anew (a stream of one-off requests keeps nothing), and now kept.
    const second = await post(app.url, { count: true, first: 10 }); // keys in another order: the same request
    expect(second).toEqual(first);
    expect(app.reads()).toBe(2 * once);
    const third = await post(app.url, { first: 10, count: true });
    expect(third).toEqual(first);
    expect(app.reads()).toBe(2 * once);
  });

  it('never shares an answer between different variables, Accept headers or limits', async () => {
    const app = await start();
    const five = await post(app.url, { first: 5 });
    const reads = app.reads();
    const six = await post(app.url, { first: 6 });
    expect(app.reads()).toBeGreaterThan(reads);
    expect(JSON.parse(six.text).data.timeline.edges).toHaveLength(6);
    expect(JSON.parse(five.text).data.timeline.edges).toHaveLength(5);

    const plain = await post(app.url, { first: 5 }, 'application/json');
    expect(plain.type).toMatch(/^application\/json/);
    expect(five.type).toMatch(/^application\/graphql-response\+json/);
    expect(JSON.parse(plain.text)).toEqual(JSON.parse(five.text));
  });

  it('answers afresh once the graph version changes, and drops the old answers', async () => {
    const app = await start();
    for (let i = 0; i < 3; i++) await post(app.url, { first: 5 });
    const reads = app.reads();
    app.control.version = 'v2';
    const after = await post(app.url, { first: 5 });
    expect(after.status).toBe(200);
    expect(app.reads()).toBeGreaterThan(reads);
    await post(app.url, { first: 5 }); // the second request under v2: kept
    const reread = app.reads();
    await post(app.url, { first: 5 });
    expect(app.reads()).toBe(reread);
  });

  it('never keeps an error: the next identical request reads the store and gets data', async () => {
    const app = await start();
    app.control.failNext = true;
    const failed = await post(app.url, { first: 5 });
    expect(JSON.parse(failed.text).errors?.length).toBeGreaterThan(0);
    const ok = await post(app.url, { first: 5 });
    expect(JSON.parse(ok.text).errors).toBeUndefined();
    expect(JSON.parse(ok.text).data.timeline.edges).toHaveLength(5);
  });

  it('answers identical requests in flight with one store read, and each with the same bytes', async () => {
    const app = await start();
    await post(app.url, { first: 7 });
    const one = app.reads(); // what one request reads: the page, then its batched lookups
    app.control.version = 'v2'; // nothing kept now, and no key seen
    // Long enough that all ten are in flight together on a busy machine: a request arriving after the first one's
    // answer is its key's second and reads again (answer-cache.ts admit), so this counts sharing, not keeping.
    app.control.delayMs = 800;
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(app.url, { first: 7 })));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(app.reads() - one).toBe(one);
  });

  it('hands no error to requests waiting on it: each answers for itself', async () => {
    const app = await start();
    app.control.delayMs = 150;
    app.control.failNext = true;
    const answers = await Promise.all(Array.from({ length: 4 }, () => post(app.url, { first: 7 })));
    const failed = answers.filter((a) => JSON.parse(a.text).errors);
    expect(failed).toHaveLength(1);
    for (const a of answers.filter((x) => !JSON.parse(x.text).errors))
      expect(JSON.parse(a.text).data.timeline.edges).toHaveLength(7);
  });

  it('keeps nothing when the cache is too small for the answer, and nothing at all when set to 0', async () => {
    for (const answerCacheBytes of [0, 4000]) {
      const app = await start({ answerCacheBytes });
      await post(app.url, { first: 50 }); // well over a quarter of 4,000 bytes
      const reads = app.reads();
      await post(app.url, { first: 50 });
      expect(app.reads(), `answerCacheBytes ${answerCacheBytes}`).toBeGreaterThan(reads);
      await running?.close();
      running = null;
    }
  });

  it('still applies the limits: an over-cost request is refused though a cheaper one is kept', async () => {
    const app = await start({ requestLimits: { maxCost: 3000 } });
    expect(JSON.parse((await post(app.url, { first: 5 })).text).errors).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      const refused = JSON.parse((await post(app.url, { first: 400 })).text) as {
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    }
  });
});
