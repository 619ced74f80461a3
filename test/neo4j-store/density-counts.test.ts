// The density count table the writer keeps (cypher/write/density-counts.cypher) must equal a count made afresh from
// the items after every kind of write: a seed into an empty graph, a seed of more articles, a re-seed of a changed
// document and a removal. And density read from it must equal density computed live from the items, for every
// window, match and lane kind it answers.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import type { DensityQuery } from '../../server/store/density.ts';
import { liveDensity } from '../../server/store/neo4j/neo4j-density.ts';
import { countedDensity } from '../../server/store/neo4j/neo4j-density-counts.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { Neo4jWriter } from '../../server/store/neo4j/neo4j-writer.ts';
import { writeCorpus, type CorpusSummary } from '../../bench/corpus/generate-corpus.ts';
import { noNeo4j, resetGraph, seedArticles, suiteName, testConnection, testDriver } from './neo4j-test-db.ts';

/** The table as an independent count would make it, straight from the items. */
const FRESH = `
MATCH (n:TimelineItem) WHERE n.earliest IS NOT NULL OR n.latest IS NOT NULL
WITH n, duration.inDays(date('1970-01-01'), date(n.sortKey)).days AS day,
     ['p:' + n.precision, 'k:' + CASE WHEN n:Event THEN n.kind ELSE toLower(n.kind) END]
     + [(a:Actor)-[:PARTICIPATED_IN|SAID]->(n) | 'a:' + a.id] AS withRepeats
UNWIND withRepeats AS lane
WITH DISTINCT day, lane, elementId(n) AS item
RETURN lane, day, count(*) AS n ORDER BY lane, day`;
const TABLE = 'MATCH (d:DensityCount) RETURN d.lane AS lane, d.day AS day, d.n AS n ORDER BY lane, day';
const TOTALS_FRESH = `${FRESH.replace(/RETURN[^]*$/, '')} RETURN lane, count(*) AS n ORDER BY lane`;
const TOTALS = 'MATCH (t:DensityTotal) RETURN t.lane AS lane, t.n AS n ORDER BY lane';

describe.skipIf(noNeo4j)(suiteName('density count table: exact after every write'), () => {
  let dir: string;
  let driver: Driver;
  let articles: ParsedArticle[];
  let summary: CorpusSummary;

  const rowsOf = async (q: string) =>
    (await driver.executeQuery(q)).records.map((r) =>
      JSON.stringify(r.toObject(), (_, v) => (neo4j.isInt(v) ? Number(v) : v)),
    );

  async function expectExact(when: string): Promise<void> {
    const [fresh, table, freshTotals, totals] = await Promise.all([FRESH, TABLE, TOTALS_FRESH, TOTALS].map(rowsOf));
    expect(table!.length, when).toBeGreaterThan(0);
    expect(table, when).toEqual(fresh);
    expect(totals, when).toEqual(freshTotals);
    // And density from the table is density from the items.
    const store = await Neo4jStore.fromDriver(driver);
    try {
      const mid = (a: string, b: string) => new Date((Date.parse(a) + Date.parse(b)) / 2).toISOString().slice(0, 10);
      const middle = mid(summary.firstDay, summary.lastDay);
      for (const window of [
        { from: summary.firstDay, to: summary.lastDay },
        { from: middle, to: summary.lastDay },
        { from: mid(summary.firstDay, middle), to: middle },
      ])
        for (const match of ['OVERLAPS', 'POSSIBLY'] as const)
          for (const laneBy of ['ACTOR', 'KIND'] as const)
            for (const [buckets, lanes] of [
              [200, 10],
              [7, 3],
            ] as const) {
              const q: DensityQuery = { window, match, actorIds: [], buckets, laneBy, lanes };
              const session = driver.session({ defaultAccessMode: neo4j.session.READ });
              try {
                const [counted, live] = await session.executeRead((tx) => {
                  const rows = (query: string, params: Record<string, unknown>) =>
                    store['reader'].rows(tx, query as never, params);
                  return Promise.all([countedDensity(rows, q), liveDensity(rows, q)]);
                });
                expect(counted, `${when}: ${JSON.stringify(q)}`).toEqual(live);
              } finally {
                await session.close();
              }
            }
    } finally {
      await store.close();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-density-counts-'));
    summary = await writeCorpus(dir, { events: 400, years: 3 });
    articles = await loadArticles([dir]);
    driver = testDriver();
    await resetGraph(driver);
  }, 120_000);

  /**
   * A document (the first unless named), re-read with every event moved a year on, to March at month precision, and `change` applied.
   */
  async function changedCopy(
    change: (doc: { statements: unknown[] }) => void,
    name = readdirSync(dir)
      .find((f) => f.endsWith('.json'))!
      .replace(/\.json$/, ''),
  ): Promise<ParsedArticle[]> {
    const doc = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as {
      events: { date: string }[];
      statements: unknown[];
    };
    for (const e of doc.events) e.date = `${Number(/\d{4}/.exec(e.date)![0]) + 1}-03`;
    change(doc);
    const changedDir = mkdtempSync(join(tmpdir(), 'kg-density-changed-'));
    try {
      writeFileSync(join(changedDir, `${name}.json`), JSON.stringify(doc));
      copyFileSync(join(dir, `${name}.txt`), join(changedDir, `${name}.txt`));
      return await loadArticles([changedDir]);
    } finally {
      rmSync(changedDir, { recursive: true, force: true });
    }
  }

  afterAll(async () => {
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('equals a fresh count after a seed, more articles, a changed re-seed and a removal', async () => {
    const half = Math.floor(articles.length / 2);
    await seedArticles(articles.slice(0, half), { batchSize: 7 });
    await expectExact('first half');
    await seedArticles(articles.slice(half), { batchSize: 7 });
    await expectExact('second half');

    await seedArticles(await changedCopy(() => undefined));
    await expectExact('changed re-seed');

    const writer = await Neo4jWriter.connect(testConnection());
    try {
      await writer.remove([articles[1]!.source.id, articles[half]!.source.id]);
    } finally {
      await writer.close();
    }
    await expectExact('removal');
  }, 300_000);

  // A first seed counts the table in memory and writes it at its end; a batch that deletes subjects (here: the same
  // source again, changed, without its statements) makes it write the table then and keep it up in Neo4j.
  it('equals a fresh count after a first seed that re-seeds one of its sources, changed, in a later batch', async () => {
    await resetGraph(driver);
    const first = articles.slice(0, 30).find((a) => a.statements.length > 0)!;
    const changed = await changedCopy((doc) => (doc.statements = []), basename(first.file, '.json'));
    expect(changed[0]!.source.id).toBe(first.source.id);
    expect(changed[0]!.statements).toEqual([]);
    await seedArticles([...articles.slice(0, 30), ...changed, ...articles.slice(30, 60)], { batchSize: 7 });
    await expectExact('first seed with a changed re-seed in it');
  }, 300_000);
});
