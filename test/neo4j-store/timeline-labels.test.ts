// The labels the timeline's window queries stand on (cypher/README.md): set by the seed, re-derived when an item's
// date changes, and added to a graph seeded before they existed by seeding again.
import { rm } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR } from '../../server/article/load-articles.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { runWrite } from '../../server/store/neo4j/transactions.ts';
import type { TimelineQuery } from '../../server/store/store.ts';
import { seedNeo4j } from '../../seed/seed.ts';
import { at, seedDocument, tempDir, writeDocument, type JsonObject } from './article-fixtures.ts';
import { noNeo4j, resetGraph, suiteName, testConnection, testDriver } from './neo4j-test-db.ts';
import { fullTimeline } from '../support/full-timeline.ts';

const LONG_EVENT = 'us-northern-command-border-operations-expansion';

describe.skipIf(noNeo4j)(suiteName('timeline labels'), () => {
  let driver: Driver;
  let store: Neo4jStore;
  const dirs: string[] = [];

  beforeAll(async () => {
    driver = testDriver();
    store = await Neo4jStore.fromDriver(driver);
  });
  afterAll(async () => {
    await store.close();
    await driver.close();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });
  beforeEach(async () => {
    await resetGraph(driver);
    await seedNeo4j(testConnection());
  });

  const idsWith = async (label: 'TimelineItem' | 'LongSpan' | 'OpenSpan') => {
    const r = await driver.executeQuery(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`);
    return r.records.map((x) => String(x.get('id')));
  };

  it('labels every event and statement, the months-long ones and the open-ended ones', async () => {
    const doc = await seedDocument();
    const items = [...(at(doc, 'events') as JsonObject[]), ...(at(doc, 'statements') as JsonObject[])];
    const idsWhere = (test: (date: string) => boolean) =>
      items
        .filter((x) => test(String(x['date'])))
        .map((x) => String(x['id']))
        .sort();
    expect(await idsWith('TimelineItem')).toEqual(idsWhere(() => true));
    // The seed's dates: "2025-01/2025-05-05" and "2025-02/2025-05-05" span months, "../2025-05-05" is open.
    expect(await idsWith('LongSpan')).toEqual(idsWhere((d) => /^\d{4}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(d)));
    expect(await idsWith('OpenSpan')).toEqual(idsWhere((d) => d.startsWith('..') || d.endsWith('..')));
    expect((await idsWith('LongSpan')).length).toBeGreaterThan(0);
  });

  it('an item whose date changes gets the labels of its new date', async () => {
    const doc = await seedDocument();
    const event = (at(doc, 'events') as JsonObject[]).find((e) => e['id'] === LONG_EVENT)!;
    event['date'] = '../2025-05-05';
    const dir = await tempDir('relabel');
    dirs.push(dir);
    await seedNeo4j(testConnection(), [await writeDocument(dir, 'thin-line-news-2025-05-05', doc)]);
    expect(await idsWith('LongSpan')).not.toContain(LONG_EVENT);
    expect(await idsWith('OpenSpan')).toContain(LONG_EVENT);
  });

  it('a graph seeded before the labels existed gets them, and the same answers, by seeding again', async () => {
    const queries: TimelineQuery[] = [
      fullTimeline({ first: 100 }),
      { window: { from: '2025-05-05', to: '2025-05-05' }, match: 'OVERLAPS', actorIds: [], first: 100, after: null },
      { window: { from: '2024-01-01', to: '2024-12-31' }, match: 'POSSIBLY', actorIds: [], first: 100, after: null },
    ];
    const expected = await Promise.all(queries.map((q) => store.timeline(q)));
    expect(expected[1]!.totalCount).toBeGreaterThan(0);
    await runWrite(driver, undefined, (tx) => tx.run('MATCH (n:TimelineItem) REMOVE n:TimelineItem:LongSpan:OpenSpan'));
    expect(await idsWith('TimelineItem')).toEqual([]);
    await seedNeo4j(testConnection(), [DEFAULT_ARTICLES_DIR]);
    expect(await Promise.all(queries.map((q) => store.timeline(q)))).toEqual(expected);
  });
});
