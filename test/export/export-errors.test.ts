// Export filters are validated like GraphQL arguments: bad input is a 400 naming the parameter with
// GraphQL's own message; an unreachable store is a 503; anything else a 500 that reveals nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { StoreUnavailableError } from '../../server/store/store-errors.ts';
import type { GraphStore } from '../../server/store/store.ts';
import { MAX_EXPORT_ITEMS } from '../../server/documents/collect-timeline.ts';
import { gql } from '../support/gql.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';

const ROUTES = [
  '/export/timeline.svg',
  '/export/timelinejs.json',
  '/export/timeline.csv',
  '/export/network.graphml',
  '/export/network.json',
];

interface ErrorBody {
  error: { code: string; argument?: string; message: string };
}

async function get(
  app: RunningApp,
  path: string,
): Promise<{ status: number; body: ErrorBody; type: string | null; disposition: string | null }> {
  const res = await fetch(`${app.url}${path}`);
  const type = res.headers.get('content-type');
  const text = await res.text();
  return {
    status: res.status,
    type,
    disposition: res.headers.get('content-disposition'),
    body: (type?.startsWith('application/json') ? JSON.parse(text) : {}) as ErrorBody,
  };
}

/** The seed store with some methods replaced. */
function storeWith(inner: GraphStore, overrides: Partial<GraphStore>): GraphStore {
  return new Proxy(inner, {
    get: (target, prop, receiver) =>
      prop in overrides ? overrides[prop as keyof GraphStore] : Reflect.get(target, prop, receiver),
  });
}

describe('bad export filters', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  const manyIds = Array.from({ length: 101 }, (_, i) => `actor-${i}`).join(',');
  it.each([
    ['/export/timeline.svg?from=2025-02-30', 'from'],
    ['/export/timeline.csv?from=2025-05-01&to=2025-01-01', 'to'],
    ['/export/timelinejs.json?match=SOMETIMES', 'match'],
    ['/export/network.json?depth=4', 'depth'],
    ['/export/network.graphml?depth=one', 'depth'],
    ['/export/network.json?depth=1.5', 'depth'],
    ['/export/timeline.svg?width=wide', 'width'],
    ['/export/timeline.svg?height=-', 'height'],
    ['/export/timeline.svg?from=2025-01-01&from=2025-02-01', 'from'],
    [`/export/timeline.csv?actorIds=${manyIds}`, 'actorIds'],
    ['/export/timelinejs.json?laneBy=colour', 'laneBy'],
    [`/export/timeline.svg?title=${'x'.repeat(201)}`, 'title'],
  ])('%s is a 400 naming %s', async (path, argument) => {
    const { status, body, type, disposition } = await get(app, path);
    expect(status).toBe(400);
    expect(type).toMatch(/^application\/json/);
    expect(disposition).toBeNull();
    expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(body.error.message).toMatch(new RegExp(`^${argument}: .+`));
  });

  it('says what GraphQL says for the same bad value', async () => {
    const viaGraphql = await gql(app.url, '{ timeline(from: "2025-02-30") { totalCount } }');
    const viaExport = await get(app, '/export/timeline.csv?from=2025-02-30');
    expect(viaGraphql.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect(viaExport.body.error.message).toBe(viaGraphql.errors?.[0]?.message);
  });

  it('never answers odd input with a 500', async () => {
    const odd = [
      '?from=',
      '?to=%00',
      '?actorIds=,,,',
      '?actorIds=%E2%80%94',
      '?match=',
      '?depth=',
      '?width=0',
      '?height=1e9',
      '?from[a]=1',
      '?title=%3Cscript%3E',
      `?from=${'9'.repeat(5000)}`,
    ];
    for (const route of ROUTES) {
      for (const q of odd) {
        const { status } = await get(app, route + q);
        expect([200, 400], `${route}${q}`).toContain(status);
      }
    }
  });
});

describe('store failures', () => {
  let inner: GraphStore;
  beforeAll(async () => {
    inner = new MemoryStore(await loadArticles());
  });

  it('is a 503 with Retry-After when the store is unavailable', async () => {
    const down = () => Promise.reject(new StoreUnavailableError('connection refused to neo4j:7687'));
    const app = await startApp({ store: storeWith(inner, { timeline: down, network: down }) });
    try {
      for (const route of ROUTES) {
        const res = await fetch(`${app.url}${route}`);
        expect(res.status, route).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
        const body = (await res.json()) as ErrorBody;
        expect(body.error.code).toBe('SERVICE_UNAVAILABLE');
        expect(body.error.message).not.toContain('neo4j');
      }
    } finally {
      await app.close();
    }
  });

  it('is a 500 that reveals nothing of an unexpected error', async () => {
    const broken = () => Promise.reject(new Error('secret internal detail'));
    const app = await startApp({ store: storeWith(inner, { getActors: broken, network: broken }) });
    try {
      for (const route of ROUTES) {
        const res = await fetch(`${app.url}${route}`);
        expect(res.status, route).toBe(500);
        expect(await res.text()).not.toContain('secret');
      }
    } finally {
      await app.close();
    }
  });

  it('asks to narrow the window when more items match than an export holds', async () => {
    const huge: GraphStore['timeline'] = async () => ({
      items: [],
      hasNextPage: true,
      totalCount: MAX_EXPORT_ITEMS + 1,
    });
    const app = await startApp({ store: storeWith(inner, { timeline: huge }) });
    try {
      const { status, body } = await get(app, '/export/timeline.svg');
      expect(status).toBe(400);
      expect(body.error.argument).toBe('from');
      expect(body.error.message).toMatch(/narrow the window/);
      const viaGraphql = await gql(app.url, '{ timelineJS { events { unique_id } } }');
      expect(viaGraphql.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    } finally {
      await app.close();
    }
  });
});
