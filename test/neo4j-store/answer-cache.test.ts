// The GraphQL answer cache on Neo4j: a repeated request is answered without a store read until a seed commits, when
// the graph version (bumped in the seed's own write transaction) changes and the next request reads the new graph.
import { rm } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { countingStore } from '../support/counting-store.ts';
import { readsOf } from '../support/cache-cycle.ts';
import { gql } from '../support/gql.ts';
import { secondArticle, SECOND_TEXT, tempDir, writeDocument } from './article-fixtures.ts';
import { noNeo4j, resetGraph, seedArticles, suiteName, testDriver } from './neo4j-test-db.ts';

const SOURCES = '{ sources { id title } }';
const sourceIds = (r: Awaited<ReturnType<typeof gql<{ sources: Array<{ id: string }> }>>>) =>
  (r.data?.sources ?? []).map((s) => s.id);

describe.skipIf(noNeo4j)(suiteName('GraphQL answer cache on Neo4j'), () => {
  let driver: Driver;
  let neo: Neo4jStore;
  let app: RunningApp;
  let calls: ReadonlyMap<string, number>;
  let dir: string;

  beforeAll(async () => {
    dir = await tempDir('answer-cache');
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

  it('answers from memory until a seed commits, then reads the new graph', async () => {
    const first = await gql<{ sources: Array<{ id: string }> }>(app.url, SOURCES);
    expect(first.errors).toBeUndefined();
    const reads = readsOf(calls);
    const again = await gql(app.url, SOURCES);
    expect(again).toEqual(first);
    expect(readsOf(calls), 'a repeat reads nothing but the version').toBe(reads);

    const second = await writeDocument(dir, 'second', secondArticle(), SECOND_TEXT);
    await seedArticles(await loadArticles([second]));
    const after = await gql<{ sources: Array<{ id: string }> }>(app.url, SOURCES);
    expect(readsOf(calls)).toBeGreaterThan(reads);
    expect(sourceIds(after)).toContain('second-look-2025-05-07');
    expect(sourceIds(first)).not.toContain('second-look-2025-05-07');
  });
});
