// Writing articles in batches (several per transaction) leaves exactly the graph that seeding them one at a time
// leaves, whatever the batch size; a batch that fails names its articles and writes none of them.
import { rm } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { ArticleWriteError } from '../../server/store/neo4j/neo4j-writer.ts';
import { writeCorpus } from '../../bench/corpus/generate-corpus.ts';
import { FOLLOW_UP_DIR } from '../contract/store-contract.ts';
import { secondArticle, SECOND_TEXT, tempDir, writeDocument } from './article-fixtures.ts';
import { fingerprint, noNeo4j, resetGraph, seedArticles, suiteName, testDriver } from './neo4j-test-db.ts';

/** One article per seed run (incremental seeding): one transaction per article, each run reading what the last wrote. */
async function writeOneByOne(driver: Driver, articles: readonly ParsedArticle[]): Promise<void> {
  for (const article of articles) await seedArticles([article]);
}

describe.skipIf(noNeo4j)(suiteName('writing articles in batches'), () => {
  let driver: Driver;
  let dir: string;
  let articles: ParsedArticle[];

  beforeAll(async () => {
    driver = testDriver();
    dir = await tempDir('batching');
    const second = await writeDocument(dir, 'second', secondArticle(), SECOND_TEXT);
    // Generated articles share actors and relationships with each other, so batches hold the same ids many times.
    await writeCorpus(`${dir}/corpus`, { events: 200, eventsPerArticle: 20 });
    articles = await loadArticles([DEFAULT_ARTICLES_DIR, FOLLOW_UP_DIR, second, `${dir}/corpus`]);
  });
  afterAll(async () => {
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => resetGraph(driver));

  it('leaves the same graph as one article per transaction, for any batch size, and a rerun changes nothing', async () => {
    expect(articles.length).toBeGreaterThan(10);
    await writeOneByOne(driver, articles);
    const expected = await fingerprint(driver);
    for (const batchSize of [1, 4, 1000]) {
      await resetGraph(driver);
      await seedArticles(articles, { batchSize, firstSeed: 'batches' });
      expect(await fingerprint(driver), `batch size ${batchSize}`).toEqual(expected);
    }
    await seedArticles(articles, { batchSize: 3 });
    expect(await fingerprint(driver)).toEqual(expected);
  }, 180_000);

  it('into an empty graph, CREATEs the same graph MERGE leaves, even from rows that list a participant or span twice', async () => {
    const twice = <T>(list: readonly T[]) => [...list, ...list];
    const doubled = articles.slice(-3).map((a): ParsedArticle => ({
      ...a,
      events: a.events.map((e) => ({ ...e, participants: twice(e.participants), evidence: twice(e.evidence) })),
      statements: a.statements.map((x) => ({ ...x, evidence: twice(x.evidence) })),
      relationships: a.relationships.map((r) => ({ ...r, evidence: twice(r.evidence) })),
    }));
    expect(doubled.some((a) => a.events.some((e) => e.participants.length > 0))).toBe(true);
    await writeOneByOne(driver, doubled);
    const expected = await fingerprint(driver);
    for (const firstSeed of ['batches', 'bulk'] as const) {
      await resetGraph(driver);
      await seedArticles(doubled, { firstSeed });
      expect(await fingerprint(driver), firstSeed).toEqual(expected);
    }
  });

  it('into a graph that already holds some of the facts, MERGEs them as one article per transaction does', async () => {
    // Every second article first, so the second write reuses ids that are in the graph but that it did not make.
    const odd = articles.filter((_, i) => i % 2 === 1);
    await writeOneByOne(driver, odd);
    await writeOneByOne(driver, articles);
    const expected = await fingerprint(driver);
    await resetGraph(driver);
    await seedArticles(odd);
    await seedArticles(articles, { batchSize: 7 });
    expect(await fingerprint(driver)).toEqual(expected);
  }, 120_000);

  it('a batch that fails names its articles and writes none of them; the batches before it stay', async () => {
    const [first, second, third, fourth] = articles.slice(-4) as [
      ParsedArticle,
      ParsedArticle,
      ParsedArticle,
      ParsedArticle,
    ];
    await writeOneByOne(driver, [first, second]);
    const afterFirstBatch = await fingerprint(driver);
    await resetGraph(driver);
    // Valid as a document, but Neo4j cannot index a key this long: the write itself fails.
    const broken: ParsedArticle = { ...third, events: [{ ...third.events[0]!, id: `e-${'x'.repeat(40_000)}` }] };
    const error = await seedArticles([first, second, broken, fourth], { batchSize: 2, firstSeed: 'batches' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArticleWriteError);
    expect((error as ArticleWriteError).files).toEqual([broken.file, fourth.file]);
    expect((error as Error).message).toContain(broken.file);
    expect((error as Error).message).toContain(fourth.source.id);
    expect(await fingerprint(driver)).toEqual(afterFirstBatch);
  });
});
