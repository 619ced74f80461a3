// Readers during a bulk first seed (server/store/neo4j/bulk-seed.ts): while its (:SeedInProgress) marker is in the
// graph, /ready says not ready with SEED_IN_PROGRESS and reads are refused with that code, a 503 and Retry-After,
// rather than answered from a half-loaded graph as if it were the whole. The seed is held mid-load for real (its
// transaction waits before writing the sources) and let go; then everything answers.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { SEED_RETRY_AFTER_SECONDS } from '../../server/store/store-errors.ts';
import { FOLLOW_UP_DIR } from '../contract/store-contract.ts';
import { DEFAULT_ARTICLES_DIR } from '../../server/article/load-articles.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { noNeo4j, resetGraph, seedArticles, suiteName, testDriver } from './neo4j-test-db.ts';

/** A seed that stops before running `query` until `release` is called; `reached` resolves when it has stopped. */
function holdAt(query: string) {
  let release!: () => void;
  let reached!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const atHold = new Promise<void>((r) => (reached = r));
  const instrument = (tx: ManagedTransaction, queries: Readonly<Record<string, string>>): ManagedTransaction => {
    const run = (text: string, params?: Record<string, unknown>) => {
      if (text !== queries[query]) return tx.run(text, params);
      reached();
      return released.then(() => tx.run(text, params));
    };
    return Object.assign(Object.create(tx) as ManagedTransaction, { run });
  };
  return { instrument, atHold, release };
}

const graphql = (app: RunningApp, query: string) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });

describe.skipIf(noNeo4j)(suiteName('reads during a bulk first seed'), () => {
  let driver: Driver;
  let app: RunningApp;
  let articles: ParsedArticle[];

  beforeAll(async () => {
    driver = testDriver();
    await resetGraph(driver);
    articles = await loadArticles([DEFAULT_ARTICLES_DIR, FOLLOW_UP_DIR]);
    app = await startApp({ store: await Neo4jStore.fromDriver(driver) });
  });
  afterAll(async () => {
    await app?.close();
    await driver?.close();
  });

  it('refuses reads and says not ready while the marker is there, and answers once the seed is done', async () => {
    const hold = holdAt('write/sources');
    const seeding = seedArticles(articles, { instrument: hold.instrument });
    await hold.atHold;

    const ready = await fetch(`${app.url}/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe(String(SEED_RETRY_AFTER_SECONDS));
    expect(await ready.json()).toEqual({
      status: 'not ready',
      code: 'SEED_IN_PROGRESS',
      reason: expect.stringMatching(/seed is loading/),
    });

    const read = await graphql(app, '{ timeline(first: 3) { totalCount } }');
    expect(read.status).toBe(503);
    expect(read.headers.get('retry-after')).toBe(String(SEED_RETRY_AFTER_SECONDS));
    const body = (await read.json()) as { data?: unknown; errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0]!.extensions).toMatchObject({
      code: 'SEED_IN_PROGRESS',
      retryAfterSeconds: SEED_RETRY_AFTER_SECONDS,
    });

    const csv = await fetch(`${app.url}/export/timeline.csv`);
    expect(csv.status).toBe(503);
    expect(((await csv.json()) as { error: { code: string } }).error.code).toBe('SEED_IN_PROGRESS');

    hold.release();
    await seeding;
    expect((await fetch(`${app.url}/ready`)).status).toBe(200);
    const after = await graphql(app, '{ timeline(first: 3) { totalCount } }');
    const done = (await after.json()) as { data: { timeline: { totalCount: number } }; errors?: unknown };
    expect(after.status).toBe(200);
    expect(done.errors).toBeUndefined();
    expect(done.data.timeline.totalCount).toBeGreaterThan(0);
  }, 120_000);
});
