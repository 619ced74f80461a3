// The sources over HTTP: sourcesConnection is a bounded page (search, publisher, ids, first/after) whatever the
// corpus, and the older unpaged `sources` answers while the graph holds at most LIMITS.maxSourcesList and is
// refused with TOO_MANY_RESULTS past it, never answered with the whole corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { LIMITS } from '../../server/graphql/limits.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { gql } from '../support/gql.ts';
import { manySourceArticles } from '../support/many-sources.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';

const PAGE = `query($search: String, $publisher: String, $ids: [ID!], $first: Int, $after: String) {
  sourcesConnection(search: $search, publisher: $publisher, ids: $ids, first: $first, after: $after) {
    totalCount edges { cursor node { id publisher } } pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

type SourcePage = {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; publisher: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
};

const page = async (app: RunningApp, variables: Record<string, unknown>) => {
  const r = await gql<{ sourcesConnection: SourcePage }>(app.url, PAGE, variables);
  expect(r.errors).toBeUndefined();
  return r.data!.sourcesConnection;
};

describe('sources on a small graph', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it('lists every source unpaged, and the same ones page by page', async () => {
    const all = await gql(app.url, '{ sources { id } }');
    expect(all.errors).toBeUndefined();
    const first = await page(app, { first: 1 });
    expect(first.totalCount).toBe(all.data!.sources.length);
    expect(first.edges.map((e) => e.node.id)).toEqual([all.data!.sources[0].id]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: all.data!.sources.length > 1, hasPreviousPage: false });
  });

  it('refuses a page past the cap, too many ids and an overlong search with BAD_USER_INPUT', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ first: LIMITS.maxPageSize + 1 }, 'first'],
      [{ ids: Array.from({ length: LIMITS.maxIds + 1 }, (_, i) => `s${i}`) }, 'ids'],
      [{ search: 'x'.repeat(LIMITS.maxSearchLength + 1) }, 'search'],
    ];
    for (const [variables, argument] of cases) {
      const r = await gql(app.url, PAGE, variables);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

describe('sources past the unpaged cap', () => {
  const COUNT = LIMITS.maxSourcesList + 500;
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ store: new MemoryStore([...(await loadArticles()), ...manySourceArticles(COUNT, 300)]) });
  });
  afterAll(() => app.close());

  it('refuses the unpaged list with TOO_MANY_RESULTS, naming the limit, the total and the paged field', async () => {
    const r = await gql(app.url, '{ sources { id } }');
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_RESULTS',
      limit: LIMITS.maxSourcesList,
      totalCount: COUNT + 1,
      use: 'sourcesConnection',
    });
  });

  it('finds one outlet among hundreds by a piece of its name, and takes its articles by publisher', async () => {
    const found = await page(app, { search: 'thin line', first: 20 });
    expect(found.edges.map((e) => e.node.publisher)).toEqual(['Thin Line News']);
    const outlet = await page(app, { search: 'outlet 0042', first: 20 });
    expect(new Set(outlet.edges.map((e) => e.node.publisher))).toEqual(new Set(['Outlet 0042 Gazette']));
    const articles = await page(app, { publisher: 'Outlet 0042 Gazette', first: 100 });
    expect(articles.totalCount).toBe(outlet.totalCount);
    const labelled = await page(app, { ids: articles.edges.slice(0, 2).map((e) => e.node.id) });
    expect(labelled.edges.map((e) => e.node.id)).toEqual(articles.edges.slice(0, 2).map((e) => e.node.id));
  });

  it('pages the whole list with cursors, no gaps or repeats', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const p: SourcePage = await page(app, { first: 500, after });
      for (const e of p.edges) seen.add(e.node.id);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen.size).toBe(COUNT + 1);
  });
});
