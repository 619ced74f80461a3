// A first seed interrupted after its data and before its fulltext index (issue 12): the graph stays usable, search
// says plainly that its index is missing (SEARCH_INDEX_MISSING, not a masked error) and /ready reports it, until a
// seed completes.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { runWrite } from '../../server/store/neo4j/transactions.ts';
import { gql } from '../support/gql.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { noNeo4j, resetGraph, seedArticles, suiteName, testDriver } from './neo4j-test-db.ts';

describe.skipIf(noNeo4j)(suiteName('search after an interrupted first seed'), () => {
  let driver: Driver;
  let app: RunningApp;
  let articles: ParsedArticle[];

  beforeAll(async () => {
    driver = testDriver();
    await resetGraph(driver);
    articles = await loadArticles();
    await seedArticles(articles);
    // What a seed killed between its last data batch and its index step leaves: the data, no fulltext index.
    await runWrite(driver, undefined, (tx) => tx.run('DROP INDEX search_claims IF EXISTS'));
    app = await startApp({ store: await Neo4jStore.fromDriver(driver) });
  });
  afterAll(async () => {
    await app?.close();
    // Leave the schema as every other file expects it (a seed of nothing still creates every index).
    if (driver) await seedArticles([]);
    await driver?.close();
  });

  it('search answers SEARCH_INDEX_MISSING, /ready reports it, and the rest of the graph answers', async () => {
    const r = await gql(app.url, `{ search(text: "Sheinbaum") { id } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('SEARCH_INDEX_MISSING');
    expect(r.errors?.[0]?.message).toMatch(/search index is missing.*seed/);
    const ready = await fetch(`${app.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      warnings: [expect.stringMatching(/search index is missing/)],
    });
    const timeline = await gql(app.url, `{ timeline(first: 3) { totalCount } }`);
    expect(timeline.errors).toBeUndefined();
    expect(timeline.data!.timeline.totalCount).toBeGreaterThan(0);
  });

  it('once a seed completes, search answers and /ready has no warning', async () => {
    await seedArticles(articles);
    const r = await gql(app.url, `{ search(text: "Sheinbaum") { id } }`);
    expect(r.errors).toBeUndefined();
    expect((r.data!.search as unknown[]).length).toBeGreaterThan(0);
    expect(await (await fetch(`${app.url}/ready`)).json()).toEqual({ status: 'ready' });
  });
});
