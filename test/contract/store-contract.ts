// The store contract: the same cases run against every GraphStore adapter, so the embedded store and
// Neo4j cannot drift apart. Each adapter's test file calls describeStoreContract with a way to get a
// store loaded with exactly the given articles.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadArticles, DEFAULT_ARTICLES_DIR } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { sortKeyOf } from '../../core/dates/fuzzy-date.ts';
import type { GraphStore } from '../../server/store/store.ts';
import { toNetworkLinks } from '../../server/store/network-links.ts';
import { describeActorsContract } from './actors-contract.ts';
import { describeNavigationContract } from './navigation-contract.ts';
import { ids, nodes, PAGE } from './page-helpers.ts';
import { describeTimelineContract } from './timeline-contract.ts';
import { describeDensityContract } from './density-contract.ts';
import { describeSourcesContract } from './sources-contract.ts';
import { fullTimeline } from '../support/full-timeline.ts';

export interface AcquiredStore {
  store: GraphStore;
  release(): Promise<void>;
}

export const FOLLOW_UP_DIR = path.resolve(import.meta.dirname, '../fixtures/follow-up');

/** The seed articles plus a small follow-up article that reuses their actor and event ids. */
export function contractArticles(): Promise<ParsedArticle[]> {
  return loadArticles([DEFAULT_ARTICLES_DIR, FOLLOW_UP_DIR]);
}

export function describeStoreContract(name: string, acquire: (articles: ParsedArticle[]) => Promise<AcquiredStore>) {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    let release: () => Promise<void>;
    let articles: ParsedArticle[];

    beforeAll(async () => {
      articles = await contractArticles();
      ({ store, release } = await acquire(articles));
    });
    afterAll(async () => {
      await release?.();
    });

    describeActorsContract(
      () => store,
      () => articles,
    );
    describeTimelineContract(
      () => store,
      () => articles,
    );

    describe('statements', () => {
      it("nests the quote of Trump inside Sheinbaum's statement, both ways", async () => {
        const [outer, inner] = await store.getStatements([
          'claudia-sheinbaum-sovereignty-is-not-for-sale',
          'donald-trump-how-can-we-help-you-fight-drug-trafficking',
        ]);
        expect(outer!.text).toContain('Sovereignty is not for sale');
        expect(outer!.quoteIds).toContain(inner!.id);
        expect(inner!.quotedInId).toBe(outer!.id);
        expect(inner!.speakerId).toBe('donald-trump');
      });

      it("lists a speaker's statements in date order", async () => {
        const mine = nodes(await store.listStatements({ speakerId: 'claudia-sheinbaum', ...PAGE }));
        expect(mine.length).toBeGreaterThanOrEqual(3);
        for (const s of mine) expect(s.speakerId).toBe('claudia-sheinbaum');
        const keys = mine.map((s) => [sortKeyOf(s.date), s.id].join('|'));
        expect(keys).toEqual([...keys].sort());
        expect(nodes(await store.listStatements({ speakerId: 'nobody', ...PAGE }))).toEqual([]);
      });
    });

    describe('network', () => {
      it('one hop from Bukele: his neighbours and only relationships among the reached actors', async () => {
        const n = await store.network({ actorIds: ['nayib-bukele'], depth: 1, window: null, match: 'OVERLAPS' });
        const reached = new Set(ids(n.nodes));
        expect(reached).toContain('nayib-bukele');
        expect(reached).toContain('el-salvador');
        expect(reached).toContain('mexico');
        for (const e of n.edges) {
          expect(reached.has(e.sourceId) && reached.has(e.targetId)).toBe(true);
        }
        const touching = n.edges.filter((e) => e.sourceId === 'nayib-bukele' || e.targetId === 'nayib-bukele');
        const neighbours = new Set(touching.flatMap((e) => [e.sourceId, e.targetId]));
        expect(reached).toEqual(neighbours);
      });

      it('hands actors over as summaries; their evidence comes from getActorEvidence, as for any actor', async () => {
        const n = await store.network({ actorIds: ['nayib-bukele'], depth: 1, window: null, match: 'OVERLAPS' });
        for (const actor of n.nodes) expect(actor).not.toHaveProperty('evidence');
        const [bukele] = await store.getActors(['nayib-bukele']);
        expect(await store.getActorEvidence(['nayib-bukele'])).toEqual([bukele!.evidence]);
        expect(bukele!.evidence.length).toBeGreaterThan(0);
      });

      it('depth 0 is the seed alone; deeper reaches further', async () => {
        const zero = await store.network({ actorIds: ['nayib-bukele'], depth: 0, window: null, match: 'OVERLAPS' });
        expect(ids(zero.nodes)).toEqual(['nayib-bukele']);
        expect(zero.edges).toEqual([]);
        const two = await store.network({ actorIds: ['nayib-bukele'], depth: 2, window: null, match: 'OVERLAPS' });
        const one = await store.network({ actorIds: ['nayib-bukele'], depth: 1, window: null, match: 'OVERLAPS' });
        expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
      });

      it('with a window keeps only relationships dated in it, and never undated ones', async () => {
        const window = { from: '2025-01-01', to: '2025-02-28' };
        const n = await store.network({ actorIds: [], depth: 1, window, match: 'OVERLAPS' });
        expect(n.edges.length).toBeGreaterThan(0);
        for (const e of n.edges) {
          expect(e.date).not.toBeNull();
          expect(
            (e.date!.earliest ?? e.date!.latest)! <= window.to && (e.date!.latest ?? e.date!.earliest)! >= window.from,
          ).toBe(true);
        }
        const endpoints = new Set(n.edges.flatMap((e) => [e.sourceId, e.targetId]));
        expect(new Set(ids(n.nodes))).toEqual(endpoints);
      });

      it('without seeds or window returns every actor and relationship', async () => {
        const n = await store.network({ actorIds: [], depth: 1, window: null, match: 'OVERLAPS' });
        expect(n.nodes.length).toBe(new Set(articles.flatMap((a) => a.actors.map((x) => x.id))).size);
        expect(n.edges.length).toBe(new Set(articles.flatMap((a) => a.relationships.map((x) => x.id))).size);
        expect(await store.network({ actorIds: ['nobody'], depth: 2, window: null, match: 'OVERLAPS' })).toEqual({
          nodes: [],
          edges: [],
        });
      });

      it('networkLinks is network cut to its link fields, for seeds at every depth, a window and no seeds', async () => {
        const seeds = [['nayib-bukele'], ['mexico', 'el-salvador'], ['nobody'], []];
        const windows = [null, { from: '2025-01-01', to: '2025-02-28' }];
        for (const actorIds of seeds)
          for (const window of windows)
            for (const depth of [0, 1, 2, 3]) {
              const q = { actorIds, depth, window, match: 'OVERLAPS' as const };
              const links = await store.networkLinks(q);
              // toEqual fails on any field beyond the link fields, so the lean read holds no more than it says.
              expect(links, JSON.stringify(q)).toEqual(toNetworkLinks(await store.network(q)));
            }
        const hub = await store.networkLinks({ actorIds: ['mexico'], depth: 2, window: null, match: 'OVERLAPS' });
        expect(hub.nodes.length).toBeGreaterThan(3);
        expect(hub.edges.length).toBeGreaterThan(3);
      });
    });

    describeNavigationContract(() => store);
    describeDensityContract(() => store);
    describeSourcesContract(() => store);

    describe('search', () => {
      it('finds who said "Sovereignty is not for sale"', async () => {
        const hits = await store.search({ text: 'Sovereignty is not for sale', first: 10 });
        expect(hits[0]!.kind).toBe('STATEMENT');
        expect(hits[0]!.snippet).toContain('Sovereignty is not for sale');
        const [top] = await store.getStatements([hits[0]!.id]);
        expect(top!.speakerId).toBe('claudia-sheinbaum');
        expect(hits.map((h) => h.id)).toEqual(
          expect.arrayContaining([
            'claudia-sheinbaum-sovereignty-is-not-for-sale',
            'claudia-sheinbaum-no-president-trump',
          ]),
        );
      });

      it('matches across actors, events and statements, case-insensitively', async () => {
        const hits = await store.search({ text: 'BUKELE', first: 20 });
        expect(hits.map((h) => `${h.kind}:${h.id}`)).toContain('ACTOR:nayib-bukele');
        const kinds = new Set((await store.search({ text: 'sovereignty', first: 20 })).map((h) => h.kind));
        expect(kinds.has('STATEMENT')).toBe(true);
      });

      it('treats query syntax as plain text and respects first', async () => {
        await expect(store.search({ text: '"(sovereignty AND [cartels]~ OR *', first: 5 })).resolves.toBeInstanceOf(
          Array,
        );
        expect((await store.search({ text: 'mexico', first: 2 })).length).toBeLessThanOrEqual(2);
        expect(await store.search({ text: 'zzzzqqq', first: 5 })).toEqual([]);
      });
    });

    describe('sources', () => {
      it('lists sources by publication date with their text and citations', async () => {
        const sources = await store.listSources();
        expect(ids(sources)).toEqual(['thin-line-news-2025-05-05', 'follow-up-2025-05-06']);
        const [seed] = sources;
        expect(seed!.citations.map((c) => c.actorId)).toContain('usa-herald');
        for (const a of articles) expect(sources.find((s) => s.id === a.source.id)!.text).toBe(a.source.text);
      });

      it('every evidence span slices its source text exactly', async () => {
        const texts = new Map((await store.listSources()).map((s) => [s.id, s.text]));
        const all = await store.timeline(fullTimeline());
        const network = await store.network({ actorIds: [], depth: 1, window: null, match: 'OVERLAPS' });
        const actorSpans = (await store.getActorEvidence(network.nodes.map((n) => n.id))).flat();
        const edgeSpans = (await store.getRelationships(network.edges.map((r) => r.id))).flatMap((r) => r!.evidence);
        const spans = [...nodes(all).flatMap((x) => x.evidence), ...edgeSpans, ...actorSpans];
        expect(spans.length).toBeGreaterThan(20);
        for (const e of spans) expect(texts.get(e.sourceId)!.slice(e.start, e.end)).toBe(e.quote);
      });
    });

    it('answers ping when up', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
