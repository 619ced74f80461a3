// A first seed in bulk (server/store/neo4j/bulk-seed.ts) leaves exactly the graph the batch path leaves, whether the
// batch path seeds everything at once or half then half; a Neo4j failure mid-load wipes what it wrote and names every
// article; a load cut short (its process killed) is wiped by the next seed, which then seeds afresh.
import { rm } from 'node:fs/promises';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { loadQueries } from '../../server/cypher/load-queries.ts';
import { BULK_QUERIES, bulkFirstSeed } from '../../server/store/neo4j/bulk-seed.ts';
import { ArticleWriteError } from '../../server/store/neo4j/neo4j-writer.ts';
import { runRead, runWrite } from '../../server/store/neo4j/transactions.ts';
import { WRITE_STEPS } from '../../server/store/neo4j/write-steps.ts';
import { writeCorpus } from '../../bench/corpus/generate-corpus.ts';
import { FOLLOW_UP_DIR } from '../contract/store-contract.ts';
import { tempDir } from './article-fixtures.ts';
import { fingerprint, noNeo4j, resetGraph, seedArticles, suiteName, testDriver } from './neo4j-test-db.ts';

/** A transaction whose run throws once `query` is about to run `after` times: Neo4j failing mid-load. */
function failingAt(query: string, after = 0) {
  let runs = 0;
  return (tx: ManagedTransaction, queries: Readonly<Record<string, string>>): ManagedTransaction => {
    const run = (text: string, params?: Record<string, unknown>) => {
      if (text === queries[query] && runs++ >= after) throw new Error(`injected failure in ${query}`);
      return tx.run(text, params);
    };
    return Object.assign(Object.create(tx) as ManagedTransaction, { run });
  };
}

const count = (driver: Driver, cypher: string) =>
  runRead(driver, undefined, async (tx) => Number((await tx.run(cypher)).records[0]!.get(0)));

describe.skipIf(noNeo4j)(suiteName('a first seed in bulk'), () => {
  let driver: Driver;
  let dir: string;
  let articles: ParsedArticle[];

  beforeAll(async () => {
    driver = testDriver();
    dir = await tempDir('bulk');
    await writeCorpus(`${dir}/corpus`, { events: 300, eventsPerArticle: 20 });
    articles = await loadArticles([DEFAULT_ARTICLES_DIR, FOLLOW_UP_DIR, `${dir}/corpus`]);
  });
  afterAll(async () => {
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => resetGraph(driver));

  it('leaves the graph the batch path leaves, seeding all at once or half then half, in chunks of any size', async () => {
    expect(articles.length).toBeGreaterThan(10);
    const half = Math.floor(articles.length / 2);
    await seedArticles(articles.slice(0, half), { firstSeed: 'batches', batchSize: 5 });
    await seedArticles(articles.slice(half), { batchSize: 5 });
    const incremental = await fingerprint(driver);
    await resetGraph(driver);
    await seedArticles(articles, { firstSeed: 'batches' });
    expect(await fingerprint(driver)).toEqual(incremental);
    for (const bulkChunkRows of [7, 100_000]) {
      await resetGraph(driver);
      await seedArticles(articles, { bulkChunkRows });
      expect(await fingerprint(driver), `chunks of ${bulkChunkRows}`).toEqual(incremental);
    }
    // Bulk then half again (the batch path, the graph now holding data) changes nothing.
    await seedArticles(articles.slice(half));
    expect(await fingerprint(driver)).toEqual(incremental);
    expect(await count(driver, 'MATCH (m:SeedInProgress) RETURN count(m)')).toBe(0);
  }, 240_000);

  it('a Neo4j failure mid-load wipes what it wrote, names every article, and leaves the graph version alone', async () => {
    await runWrite(driver, undefined, (tx) => tx.run("CREATE (:GraphVersion {id: 'graph', version: 'before'})"));
    const error = await seedArticles(articles, {
      bulkChunkRows: 20,
      instrument: failingAt('write/new-events', 2),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleWriteError);
    expect((error as ArticleWriteError).files).toEqual(articles.map((a) => a.file));
    expect((error as Error).message).toContain('injected failure');
    expect(await count(driver, 'MATCH (n) WHERE NOT n:GraphVersion RETURN count(n)')).toBe(0);
    const version = await runRead(driver, undefined, async (tx) =>
      String((await tx.run('MATCH (v:GraphVersion) RETURN v.version')).records[0]!.get(0)),
    );
    expect(version).toBe('before');
  });

  it('a load cut short (its process killed) is wiped by the next seed, which leaves the whole graph', async () => {
    await seedArticles(articles);
    const expected = await fingerprint(driver);
    await resetGraph(driver);
    // The pass itself, without the writer's wipe on failure: what a killed seed leaves.
    const queries = await loadQueries([...WRITE_STEPS, ...BULK_QUERIES]);
    const transact = <T>(work: (tx: ManagedTransaction) => Promise<T>) => runWrite(driver, undefined, work);
    await expect(
      bulkFirstSeed(transact, queries, articles, { chunkRows: 20, instrument: failingAt('write/new-events', 3) }),
    ).rejects.toThrow('injected failure');
    expect(await count(driver, 'MATCH (m:SeedInProgress) RETURN count(m)')).toBe(1);
    expect(await count(driver, 'MATCH (e:Event) RETURN count(e)')).toBeGreaterThan(0);
    expect(await count(driver, 'MATCH (v:GraphVersion) RETURN count(v)')).toBe(0);
    // Any seed finds the marker; this one seeds only a few articles, so what it leaves is theirs alone.
    await seedArticles(articles.slice(0, 3));
    expect(await count(driver, 'MATCH (m:SeedInProgress) RETURN count(m)')).toBe(0);
    const few = await fingerprint(driver);
    await resetGraph(driver);
    await seedArticles(articles.slice(0, 3), { firstSeed: 'batches' });
    expect(await fingerprint(driver)).toEqual(few);
    await resetGraph(driver);
    await expect(
      bulkFirstSeed(transact, queries, articles, { chunkRows: 20, instrument: failingAt('write/new-actors', 1) }),
    ).rejects.toThrow('injected failure');
    await seedArticles(articles);
    expect(await fingerprint(driver)).toEqual(expected);
  }, 120_000);
});
