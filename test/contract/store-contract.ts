// The store contract: the same cases run against every GraphStore adapter, so the embedded store and
// Neo4j cannot drift apart. Each adapter's test file calls describeStoreContract with a way to get a
// store loaded with exactly the given articles.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadArticles, DEFAULT_ARTICLES_DIR } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { sortKeyOf } from '../../core/dates/fuzzy-date.ts';
import type { GraphStore, DateMatch, DateWindow } from '../../server/store/store.ts';
import { InvalidCursorError } from '../../server/store/store-errors.ts';
import { describeNavigationContract } from './navigation-contract.ts';
import { describeDensityContract } from './density-contract.ts';

export interface AcquiredStore {
  store: GraphStore;
  release(): Promise<void>;
}

export const FOLLOW_UP_DIR = path.resolve(import.meta.dirname, '../fixtures/follow-up');

/** The seed articles plus a small follow-up article that reuses their actor and event ids. */
export function contractArticles(): Promise<ParsedArticle[]> {
  return loadArticles([DEFAULT_ARTICLES_DIR, FOLLOW_UP_DIR]);
}

const FEB_2025: DateWindow = { from: '2025-02-01', to: '2025-02-28' };
const page = { first: 100, after: null };
const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id);
const nodes = <T>(p: { items: Array<{ node: T }> }) => p.items.map((i) => i.node);

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

    describe('actors', () => {
      it('lists every actor once, by name then id, with a total', async () => {
        const all = await store.listActors({ kind: null, search: null, ...page });
        const names = nodes(all).map((a) => a.name);
        expect(names).toEqual([...names].sort());
        const distinct = new Set(articles.flatMap((a) => a.actors.map((x) => x.id)));
        expect(all.totalCount).toBe(distinct.size);
        expect(new Set(ids(nodes(all)))).toEqual(distinct);
      });

      it('filters by kind and by a case-insensitive substring of name or alias', async () => {
        const countries = nodes(await store.listActors({ kind: 'COUNTRY', search: null, ...page }));
        expect(ids(countries).sort()).toEqual(['el-salvador', 'mexico', 'united-states']);
        const found = nodes(await store.listActors({ kind: null, search: 'sHeInBaUm', ...page }));
        expect(ids(found)).toContain('claudia-sheinbaum');
        expect(nodes(await store.listActors({ kind: null, search: 'no such actor', ...page }))).toEqual([]);
      });

      it('pages with cursors: no gaps, no repeats, and hasNextPage false at the end', async () => {
        const seen: string[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 20; guard++) {
          const p = await store.listActors({ kind: null, search: null, first: 4, after });
          seen.push(...ids(nodes(p)));
          if (!p.hasNextPage) break;
          after = p.items.at(-1)!.cursor;
        }
        const all = ids(nodes(await store.listActors({ kind: null, search: null, ...page })));
        expect(seen).toEqual(all);
      });

      it('rejects a cursor it did not issue', async () => {
        await expect(
          store.listActors({ kind: null, search: null, first: 5, after: 'not-a-cursor' }),
        ).rejects.toBeInstanceOf(InvalidCursorError);
      });

      it('rejects a cursor from another list, or from the same list with other filters', async () => {
        const all = { window: { from: null, to: null }, match: 'OVERLAPS' as const, actorIds: [] };
        const events = await store.listEvents({ ...all, kinds: [], first: 2, after: null });
        const eventCursor = events.items.at(-1)!.cursor;
        // Its own list and filters take it (with another page size too).
        expect(
          (await store.listEvents({ ...all, kinds: [], first: 3, after: eventCursor })).items.length,
        ).toBeGreaterThan(0);
        await expect(store.timeline({ ...all, first: 2, after: eventCursor })).rejects.toBeInstanceOf(
          InvalidCursorError,
        );
        await expect(store.listStatements({ speakerId: null, first: 2, after: eventCursor })).rejects.toBeInstanceOf(
          InvalidCursorError,
        );
        await expect(
          store.listEvents({ ...all, kinds: [], actorIds: ['mexico'], first: 2, after: eventCursor }),
        ).rejects.toBeInstanceOf(InvalidCursorError);
        const actors = await store.listActors({ kind: null, search: null, first: 2, after: null });
        await expect(
          store.listActors({ kind: 'PERSON', search: null, first: 2, after: actors.items.at(-1)!.cursor }),
        ).rejects.toBeInstanceOf(InvalidCursorError);
      });

      it('merges a second article into the same actor: aliases and evidence from both sources', async () => {
        const [sheinbaum] = await store.getActors(['claudia-sheinbaum']);
        expect(sheinbaum).not.toBeNull();
        const sources = new Set(sheinbaum!.evidence.map((e) => e.sourceId));
        expect(sources).toEqual(new Set(['thin-line-news-2025-05-05', 'follow-up-2025-05-06']));
        const keys = sheinbaum!.evidence.map((e) => `${e.sourceId}:${e.start}:${e.end}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(sheinbaum!.aliases).toContain('Mexican President Claudia Sheinbaum');
      });

      it('batch lookups answer in input order with null for unknown ids', async () => {
        const got = await store.getActors(['nayib-bukele', 'nobody', 'mexico']);
        expect(got.map((a) => a?.id ?? null)).toEqual(['nayib-bukele', null, 'mexico']);
        expect(await store.getActors([])).toEqual([]);
      });

      it('summaries and evidence, read apart, are the actors getActors gives', async () => {
        const wanted = ['claudia-sheinbaum', 'nobody', 'mexico', 'claudia-sheinbaum'];
        const full = await store.getActors(wanted);
        // A summary need not carry evidence (the embedded store hands over the whole actor anyway).
        const summaries = (await store.getActorSummaries(wanted)).map((a) =>
          a ? { id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, roles: a.roles } : null,
        );
        expect(summaries).toEqual(
          full.map((a) => (a ? { id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, roles: a.roles } : null)),
        );
        const evidence = await store.getActorEvidence(wanted);
        expect(evidence).toEqual(full.map((a) => a?.evidence ?? []));
        expect(evidence[0]!.length).toBeGreaterThan(1);
        expect(await store.getActorSummaries([])).toEqual([]);
        expect(await store.getActorEvidence([])).toEqual([]);
      });
    });

    describe('events and dates', () => {
      it('keeps partial dates honest: months stay months, the undated exchange is bounded by publication', async () => {
        const [jan, feb, proposal] = await store.getEvents([
          '2025-01-trump-border-directive',
          '2025-02-us-cartel-fto-designation',
          'trump-proposal-us-troops-in-mexico',
        ]);
        expect(jan!.date).toMatchObject({
          edtf: '2025-01',
          earliest: '2025-01-01',
          latest: '2025-01-31',
          precision: 'month',
          label: 'January 2025',
        });
        expect(feb!.date).toMatchObject({
          edtf: '2025-02',
          earliest: '2025-02-01',
          latest: '2025-02-28',
          precision: 'month',
        });
        expect(proposal!.date).toMatchObject({
          earliest: null,
          latest: '2025-05-05',
          precision: 'open',
          label: 'on or before 5 May 2025',
        });
      });

      it('answers "what happened in February 2025" with what touches February, not the undated or January items', async () => {
        const feb = ids(
          nodes(await store.listEvents({ window: FEB_2025, match: 'OVERLAPS', actorIds: [], kinds: [], ...page })),
        );
        expect(feb).toContain('2025-02-us-cartel-fto-designation');
        expect(feb).not.toContain('2025-01-trump-border-directive');
        expect(feb).not.toContain('trump-proposal-us-troops-in-mexico');
        const within = ids(
          nodes(await store.listEvents({ window: FEB_2025, match: 'WITHIN', actorIds: [], kinds: [], ...page })),
        );
        expect(within).toEqual(['2025-02-us-cartel-fto-designation']);
        const possibly = ids(
          nodes(await store.listEvents({ window: FEB_2025, match: 'POSSIBLY', actorIds: [], kinds: [], ...page })),
        );
        expect(possibly).toEqual(expect.arrayContaining([...feb, 'trump-proposal-us-troops-in-mexico']));
      });

      it('a month-precision event touches any window that touches its month', async () => {
        const late = ids(
          nodes(
            await store.listEvents({
              window: { from: '2025-02-28', to: '2025-03-10' },
              match: 'OVERLAPS',
              actorIds: [],
              kinds: [],
              ...page,
            }),
          ),
        );
        expect(late).toContain('2025-02-us-cartel-fto-designation');
        const before = ids(
          nodes(
            await store.listEvents({
              window: { from: null, to: '2025-01-31' },
              match: 'OVERLAPS',
              actorIds: [],
              kinds: [],
              ...page,
            }),
          ),
        );
        expect(before).not.toContain('2025-02-us-cartel-fto-designation');
      });

      it('filters events by participant and kind', async () => {
        const trump = nodes(
          await store.listEvents({
            window: { from: null, to: null },
            match: 'OVERLAPS',
            actorIds: ['donald-trump'],
            kinds: [],
            ...page,
          }),
        );
        expect(trump.length).toBeGreaterThan(1);
        for (const e of trump) expect(e.participants.map((p) => p.actorId)).toContain('donald-trump');
        const designations = nodes(
          await store.listEvents({
            window: { from: null, to: null },
            match: 'OVERLAPS',
            actorIds: [],
            kinds: ['designation'],
            ...page,
          }),
        );
        expect(ids(designations)).toEqual(['2025-02-us-cartel-fto-designation']);
      });

      it('events carry their statements, and merged evidence from both articles', async () => {
        const [conference] = await store.getEvents(['sheinbaum-national-palace-press-conference-on-us-troops']);
        expect(conference!.statementIds).toContain('claudia-sheinbaum-sovereignty-is-not-for-sale');
        const [designation] = await store.getEvents(['2025-02-us-cartel-fto-designation']);
        expect(new Set(designation!.evidence.map((e) => e.sourceId)).size).toBe(2);
      });
    });

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
        const mine = nodes(await store.listStatements({ speakerId: 'claudia-sheinbaum', ...page }));
        expect(mine.length).toBeGreaterThanOrEqual(3);
        for (const s of mine) expect(s.speakerId).toBe('claudia-sheinbaum');
        const keys = mine.map((s) => [sortKeyOf(s.date), s.id].join('|'));
        expect(keys).toEqual([...keys].sort());
        expect(nodes(await store.listStatements({ speakerId: 'nobody', ...page }))).toEqual([]);
      });
    });

    describe('timeline', () => {
      it('holds every event and statement, ordered by date key then id', async () => {
        const all = await store.timeline({
          window: { from: null, to: null },
          match: 'OVERLAPS',
          actorIds: [],
          first: 500,
          after: null,
        });
        const expected = new Set(articles.flatMap((a) => [...a.events, ...a.statements].map((x) => x.id)));
        expect(all.totalCount).toBe(expected.size);
        const keys = nodes(all).map((t) => `${sortKeyOf(t.date)}|${t.id}`);
        expect(keys).toEqual([...keys].sort());
        expect(new Set(nodes(all).map((t) => t.itemType))).toEqual(new Set(['Event', 'Statement']));
      });

      it('everything Trump is party to, in date order', async () => {
        const p = await store.timeline({
          window: { from: null, to: null },
          match: 'OVERLAPS',
          actorIds: ['donald-trump'],
          first: 500,
          after: null,
        });
        const items = nodes(p);
        expect(ids(items)).toEqual(
          expect.arrayContaining([
            '2025-01-trump-border-directive',
            '2025-02-us-cartel-fto-designation',
            'donald-trump-how-can-we-help-you-fight-drug-trafficking',
          ]),
        );
        for (const t of items) {
          const party = t.itemType === 'Event' ? t.participants.map((x) => x.actorId) : [t.speakerId];
          expect(party).toContain('donald-trump');
        }
        expect(ids(items).indexOf('2025-01-trump-border-directive')).toBeLessThan(
          ids(items).indexOf('2025-02-us-cartel-fto-designation'),
        );
      });

      it('pages the timeline without gaps across events and statements', async () => {
        const all = ids(
          nodes(
            await store.timeline({
              window: { from: null, to: null },
              match: 'OVERLAPS',
              actorIds: [],
              first: 500,
              after: null,
            }),
          ),
        );
        const seen: string[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 50; guard++) {
          const p = await store.timeline({
            window: { from: null, to: null },
            match: 'OVERLAPS',
            actorIds: [],
            first: 3,
            after,
          });
          seen.push(...ids(nodes(p)));
          if (!p.hasNextPage) break;
          after = p.items.at(-1)!.cursor;
        }
        expect(seen).toEqual(all);
      });

      // Windows are read as a date range plus the few items that range can miss: these cases pin the misses.
      const MONTHS_LONG = [
        'us-military-presence-southern-border-increase',
        'us-northern-command-border-operations-expansion',
      ];
      const timelineIn = (window: DateWindow, match: DateMatch, first = 100, after: string | null = null) =>
        store.timeline({ window, match, actorIds: [], first, after });

      it('a window at the far end of a months-long item finds it; WITHIN does not', async () => {
        const day = { from: '2025-05-05', to: '2025-05-05' };
        const overlaps = await timelineIn(day, 'OVERLAPS');
        expect(ids(nodes(overlaps))).toEqual(expect.arrayContaining(MONTHS_LONG));
        expect(overlaps.totalCount).toBe(overlaps.items.length);
        expect(ids(nodes(await timelineIn(day, 'POSSIBLY')))).toEqual(expect.arrayContaining(MONTHS_LONG));
        const within = ids(nodes(await timelineIn(day, 'WITHIN')));
        expect(within.filter((id) => MONTHS_LONG.includes(id))).toEqual([]);
      });

      it('POSSIBLY reaches items whose open start lies before the window, OVERLAPS does not', async () => {
        const jan2024 = { from: '2024-01-01', to: '2024-01-31' };
        const possibly = await timelineIn(jan2024, 'POSSIBLY');
        expect(possibly.totalCount).toBeGreaterThan(0);
        expect(nodes(possibly).every((t) => t.date.earliest === null)).toBe(true);
        expect((await timelineIn(jan2024, 'OVERLAPS')).totalCount).toBe(0);
      });

      it('pages a window without gaps, long items in their date order, with the same total on every page', async () => {
        for (const match of ['OVERLAPS', 'POSSIBLY', 'WITHIN'] as const) {
          const window = { from: '2025-03-01', to: '2025-05-06' };
          const whole = await timelineIn(window, match);
          const seen: string[] = [];
          let after: string | null = null;
          for (let guard = 0; guard < 50; guard++) {
            const p = await timelineIn(window, match, 2, after);
            expect(p.totalCount).toBe(whole.totalCount);
            seen.push(...ids(nodes(p)));
            if (!p.hasNextPage) break;
            after = p.items.at(-1)!.cursor;
          }
          expect(seen, match).toEqual(ids(nodes(whole)));
        }
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
    });

    describeNavigationContract(() => store);
    describeDensityContract(() => store);

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
        const all = await store.timeline({
          window: { from: null, to: null },
          match: 'OVERLAPS',
          actorIds: [],
          first: 500,
          after: null,
        });
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
