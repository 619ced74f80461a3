// Neo4j and the in-memory store must answer every read identically, not just the contract's cases: the same
// articles go into both and a grid of queries (windows x match modes x actors x depths, every page) is compared.
import { rm } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { DateMatch, DateWindow, GraphStore, Page } from '../../server/store/store.ts';
import { FOLLOW_UP_DIR } from '../contract/store-contract.ts';
import { CLAIMS_DIR } from '../contract/claims-contract.ts';
import { secondArticle, SECOND_TEXT, tempDir, writeDocument } from './article-fixtures.ts';
import { noNeo4j, resetGraph, seedArticles, suiteName, testDriver } from './neo4j-test-db.ts';
import { FULL_TIMELINE, fullTimeline } from '../support/full-timeline.ts';

const WINDOWS: Array<DateWindow | null> = [
  null,
  { from: null, to: null },
  { from: '2025-02-01', to: '2025-02-28' },
  { from: '2025-01-15', to: '2025-03-31' },
  { from: '2025-05-05', to: null },
  { from: null, to: '2025-02-01' },
  { from: '2025-05-06', to: '2025-05-07' },
];
const MATCHES: DateMatch[] = ['OVERLAPS', 'POSSIBLY', 'WITHIN'];
const ACTOR_SETS = [[], ['claudia-sheinbaum'], ['donald-trump', 'nayib-bukele'], ['nobody']];

describe.skipIf(noNeo4j)(suiteName('Neo4j answers exactly like the in-memory store'), () => {
  let driver: Driver;
  let neo: Neo4jStore;
  let memory: MemoryStore;
  let dir: string;

  beforeAll(async () => {
    dir = await tempDir('parity');
    const second = await writeDocument(dir, 'second', secondArticle(), SECOND_TEXT);
    // Three reports of the same events (test/fixtures/claims) too, so claims, disputes and reconciled values differ
    // from any one article's.
    const articles = await loadArticles([DEFAULT_ARTICLES_DIR, FOLLOW_UP_DIR, second, CLAIMS_DIR]);
    driver = testDriver();
    await resetGraph(driver);
    await seedArticles(articles);
    neo = await Neo4jStore.fromDriver(driver);
    memory = new MemoryStore(articles);
  });
  afterAll(async () => {
    await neo?.close();
    await driver?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const same = async (ask: (s: GraphStore) => Promise<unknown>) => expect(await ask(neo)).toEqual(await ask(memory));

  /** Walks every page of a list in both stores, comparing page by page. */
  async function samePages<T>(list: (s: GraphStore, after: string | null) => Promise<Page<T>>) {
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const [a, b]: [Page<T>, Page<T>] = await Promise.all([list(neo, after), list(memory, after)]);
      expect(a).toEqual(b);
      if (!a.hasNextPage) return;
      after = a.items.at(-1)!.cursor;
    }
    throw new Error('paging did not end');
  }

  it('events and the timeline, for every window, match mode and actor filter, page by page', async () => {
    for (const window of WINDOWS) {
      for (const match of MATCHES) {
        for (const actorIds of ACTOR_SETS) {
          const w = window ?? { from: null, to: null };
          await samePages((s, after) => s.listEvents({ window: w, match, actorIds, kinds: [], first: 4, after }));
          await samePages((s, after) => s.timeline({ window: w, match, actorIds, first: 5, after }));
        }
      }
    }
  });

  it('the network and its lean read, for every seed set, depth, window and match mode', async () => {
    for (const window of WINDOWS) {
      for (const match of MATCHES) {
        for (const actorIds of ACTOR_SETS) {
          for (const depth of [0, 1, 2, 3]) {
            await same((s) => s.network({ actorIds, depth, window, match }));
            await same((s) => s.networkLinks({ actorIds, depth, window, match }));
          }
        }
      }
    }
  });

  it('timeline density, for every bounded window, match mode, actor filter, lane kind and grid', async () => {
    for (const window of [...WINDOWS, { from: '2024-06-01', to: '2025-12-31' }]) {
      if (!window?.from || !window.to) continue;
      const w = { from: window.from, to: window.to };
      for (const match of MATCHES) {
        for (const actorIds of ACTOR_SETS) {
          for (const laneBy of ['ACTOR', 'KIND'] as const) {
            for (const [buckets, lanes] of [
              [1, 100],
              [7, 2],
              [200, 20],
            ] as const) {
              await same((s) => s.timelineDensity({ window: w, match, actorIds, buckets, laneBy, lanes }));
            }
          }
        }
      }
    }
  });

  it('actors, statements and kinds, page by page', async () => {
    for (const kind of [null, 'PERSON', 'COUNTRY', 'MEDIA'] as const) {
      for (const search of [null, '', 'sHEin', 'u.s.', 'president', 'zzz']) {
        await samePages((s, after) => s.listActors({ kind, search, first: 3, after }));
      }
    }
    for (const speakerId of [null, 'claudia-sheinbaum', 'donald-trump', 'nobody']) {
      await samePages((s, after) => s.listStatements({ speakerId, first: 2, after }));
    }
    for (const kinds of [['designation'], ['speech', 'press-conference'], ['none']]) {
      await samePages((s, after) => s.listEvents({ ...FULL_TIMELINE, kinds, first: 1, after }));
    }
  });

  it('search hits, snippets and scores', async () => {
    const texts = [
      'Sheinbaum',
      'sovereignty is not for sale',
      'TRUMP',
      'president trump',
      'cartels',
      'u s',
      "trump's",
      's',
      '"(sovereignty AND [cartels]~ OR *',
      'mexico',
      'zzzzqqq',
      '',
    ];
    for (const text of texts) for (const first of [1, 3, 50]) await same((s) => s.search({ text, first }));
  });

  it('search hits from the claims of subjects whose searchText does not line up with their sources', async () => {
    // search.cypher sends a subject's claims instead of its searchText when the text's lines and its sources do not
    // line up, as when a candidate text holds a line break: here every subject's text gets one line too many (the
    // words stay, so the fulltext index still finds the same nodes).
    const stored = await driver.executeQuery(
      'MATCH (n:Actor|Event|Statement) WHERE n.searchText IS NOT NULL RETURN n.id AS id, n.searchText AS text',
    );
    const original = stored.records.map((r) => ({ id: String(r.get('id')), text: String(r.get('text')) }));
    expect(original.length).toBeGreaterThan(10);
    try {
      await driver.executeQuery("MATCH (n:Actor|Event|Statement) SET n.searchText = n.searchText + '\\nmore'");
      for (const text of ['Sheinbaum', 'sovereignty is not for sale', 'more', 'trump', 'mexico'])
        for (const first of [1, 50]) await same((s) => s.search({ text, first }));
    } finally {
      await driver.executeQuery(
        'UNWIND $rows AS row MATCH (n:Actor|Statement {id: row.id}) SET n.searchText = row.text',
        {
          rows: original,
        },
      );
    }
    await same((s) => s.search({ text: 'sovereignty', first: 50 }));
  });

  it('lookups by id and the source list', async () => {
    const everything = await memory.timeline(fullTimeline({ first: 1000 }));
    const ids = everything.items.map((i) => i.node.id);
    const actors = (await memory.listActors({ kind: null, search: null, first: 1000, after: null })).items.map(
      (i) => i.node.id,
    );
    await same((s) => s.getEvents([...ids, 'missing', ids[0]!]));
    await same((s) => s.getStatements(['missing', ...ids]));
    await same((s) => s.getActors([...actors].reverse()));
    await same((s) => s.getSources(['second-look-2025-05-07', 'missing', 'thin-line-news-2025-05-05']));
    await same((s) => s.listSources());
  });

  it('the sources page, for every filter and page size', async () => {
    const filters = [
      { search: null, publisher: null, ids: [] },
      { search: 'NEWS', publisher: null, ids: [] },
      { search: 'trump', publisher: null, ids: [] },
      { search: null, publisher: 'Test Fixture Wire', ids: [] },
      { search: null, publisher: null, ids: ['newsweek-2025-05-03', 'nobody', 'thin-line-news-2025-05-05'] },
      { search: 'zzz', publisher: null, ids: [] },
    ];
    for (const f of filters)
      for (const first of [1, 2, 50]) await samePages((s, after) => s.pageSources({ ...f, first, after }));
  });

  it('claims, disputes and the reporting-source filter', async () => {
    const everything = await memory.timeline(fullTimeline({ first: 1000 }));
    const actors = (await memory.listActors({ kind: null, search: null, first: 1000, after: null })).items;
    const relationships = (await memory.network({ actorIds: [], depth: 1, window: null, match: 'OVERLAPS' })).edges;
    const ids = [...everything.items, ...actors].map((i) => i.node.id);
    await same((s) => s.getClaims([...ids, ...relationships.map((r) => r.id), 'missing']));
    await same((s) => s.getRelationships([...relationships.map((r) => r.id), 'missing']));
    for (const first of [1, 2, 50]) await samePages((s, after) => s.listDisputes({ first, after }));
    const sourceSets = [['daily-beast-2025-05-04'], ['newsweek-2025-05-03', 'follow-up-2025-05-06'], ['nobody']];
    for (const sourceIds of sourceSets) {
      for (const window of WINDOWS) {
        const w = window ?? { from: null, to: null };
        for (const actorIds of [[], ['donald-trump']]) {
          await samePages((s, after) =>
            s.timeline({ window: w, match: 'OVERLAPS', actorIds, sourceIds, first: 3, after }),
          );
          await samePages((s, after) =>
            s.listEvents({ window: w, match: 'POSSIBLY', actorIds, kinds: [], sourceIds, first: 3, after }),
          );
        }
      }
      await samePages((s, after) => s.listStatements({ speakerId: null, sourceIds, first: 2, after }));
    }
  });
});
