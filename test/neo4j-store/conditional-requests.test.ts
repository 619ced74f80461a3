// Cacheable reads on Neo4j: 304 with the same ETag (no store read but the version) until a seed commits more
// articles, then 200 with a new ETag: the writer bumps (:GraphVersion) in the same transaction as the facts.
import { rm } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { countingStore } from '../support/counting-store.ts';
import { expectCacheCycle, readsOf } from '../support/cache-cycle.ts';
import { secondArticle, SECOND_TEXT, tempDir, writeDocument } from './article-fixtures.ts';
import { noNeo4j, resetGraph, seedArticles, suiteName, testDriver } from './neo4j-test-db.ts';

describe.skipIf(noNeo4j)(suiteName('conditional requests on Neo4j'), () => {
  let driver: Driver;
  let neo: Neo4jStore;
  let app: RunningApp;
  let calls: ReadonlyMap<string, number>;
  let dir: string;

  beforeAll(async () => {
    dir = await tempDir('conditional');
    driver = testDriver();
    await resetGraph(driver);
    await seedArticles(await loadArticles([DEFAULT_ARTICLES_DIR]));
    neo = await Neo4jStore.fromDriver(driver);
    const counted = countingStore(neo);
    calls = counted.calls;
    app = await startApp({ store: counted.store, graphVersionTtlMs: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await neo?.close();
    await driver?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('304 with the same ETag until a seed commits, then 200 with a new one', async () => {
    const version = await neo.graphVersion();
    expect(version).not.toBe('unversioned');
    await expectCacheCycle(
      () => ({ url: app.url, reads: () => readsOf(calls) }),
      async () => {
        const second = await writeDocument(dir, 'second', secondArticle(), SECOND_TEXT);
        await seedArticles(await loadArticles([second]));
      },
    );
    expect(await neo.graphVersion()).not.toBe(version);
  });
});
