// timelineDensity on a generated corpus (600 events: days, months and open intervals over years, hub actors):
// Neo4j's Cypher aggregation and the embedded store's pass over its date index give the same answer, and the total
// is timeline's totalCount. The contract suite checks the seed article; this checks many items per bucket, open
// items reaching in from outside the window, and lanes cut by the `lanes` limit among many actors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { DensityQuery } from '../../server/store/density.ts';
import { writeCorpus, type CorpusSummary } from '../../bench/corpus/generate-corpus.ts';
import { noNeo4j, resetGraph, seedArticles, suiteName, testDriver } from './neo4j-test-db.ts';

describe.skipIf(noNeo4j)(suiteName('density: Neo4j and the embedded store agree on a generated corpus'), () => {
  let dir: string;
  let driver: Driver;
  let neo: Neo4jStore;
  let memory: MemoryStore;
  let summary: CorpusSummary;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-density-corpus-'));
    summary = await writeCorpus(dir, { events: 600, years: 3 });
    const articles = await loadArticles([dir]);
    memory = new MemoryStore(articles);
    driver = testDriver();
    await resetGraph(driver);
    await seedArticles(articles);
    neo = await Neo4jStore.fromDriver(driver);
  }, 120_000);

  afterAll(async () => {
    await neo?.close();
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same counts, lanes and precision layers for the whole range and for windows inside it', async () => {
    const mid = (a: string, b: string) => new Date((Date.parse(a) + Date.parse(b)) / 2).toISOString().slice(0, 10);
    const middle = mid(summary.firstDay, summary.lastDay);
    const windows = [
      { from: summary.firstDay, to: summary.lastDay },
      { from: middle, to: summary.lastDay },
      { from: mid(summary.firstDay, middle), to: middle },
    ];
    const hub = summary.hubs[0]!.id;
    let compared = 0;
    for (const window of windows) {
      for (const match of ['OVERLAPS', 'POSSIBLY', 'WITHIN'] as const) {
        for (const actorIds of [[], [hub]]) {
          for (const laneBy of ['ACTOR', 'KIND'] as const) {
            const q: DensityQuery = { window, match, actorIds, buckets: 200, laneBy, lanes: 10 };
            const [a, b] = await Promise.all([neo.timelineDensity(q), memory.timelineDensity(q)]);
            expect(a).toEqual(b);
            const page = await memory.timeline({ window, match, actorIds, first: 0, after: null });
            expect(a.total).toBe(page.totalCount);
            compared += a.total;
          }
        }
      }
    }
    // The corpus does have fuzzy items in these windows, so the precision layers were compared too.
    const whole = await neo.timelineDensity({
      window: windows[0]!,
      match: 'POSSIBLY',
      actorIds: [],
      buckets: 200,
      laneBy: 'KIND',
      lanes: 10,
    });
    expect(whole.precisions.map((p) => p.key)).toEqual(['day', 'month', 'open']);
    expect(compared).toBeGreaterThan(1000);
  });
});
