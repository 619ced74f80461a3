// A Neo4j store seeded with the seed articles, behind the app with store calls counted and the graph version read
// on every request: what the cache tests on Neo4j share. Call in a describe; it registers its own hooks.
import { rm } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { countingStore } from '../support/counting-store.ts';
import { readsOf } from '../support/cache-cycle.ts';
import { secondArticle, SECOND_TEXT, tempDir, writeDocument } from './article-fixtures.ts';
import { resetGraph, seedArticles, testDriver } from './neo4j-test-db.ts';

export interface CountedNeo4jApp {
  url(): string;
  store(): Neo4jStore;
  /** Store calls other than graphVersion so far. */
  reads(): number;
  /** Seeds a second article: a new graph version, and a new source. */
  seedSecond(): Promise<void>;
}

export function countedNeo4jApp(prefix: string): CountedNeo4jApp {
  let driver: Driver;
  let neo: Neo4jStore;
  let app: RunningApp;
  let calls: ReadonlyMap<string, number>;
  let dir: string;

  beforeAll(async () => {
    dir = await tempDir(prefix);
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

  return {
    url: () => app.url,
    store: () => neo,
    reads: () => readsOf(calls),
    seedSecond: async () => {
      const second = await writeDocument(dir, 'second', secondArticle(), SECOND_TEXT);
      await seedArticles(await loadArticles([second]));
    },
  };
}
