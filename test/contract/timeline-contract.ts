// Contract cases for dates and the timeline: partial dates kept honest, windows and their match modes, filters by
// participant and kind, and paging the timeline without gaps. Called from describeStoreContract.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { sortKeyOf } from '../../core/dates/fuzzy-date.ts';
import type { DateMatch, DateWindow, GraphStore } from '../../server/store/store.ts';
import { FULL_TIMELINE, fullTimeline } from '../support/full-timeline.ts';
import { ids, nodes, PAGE } from './page-helpers.ts';
import { itemSummary } from '../support/item-summary.ts';

const FEB_2025: DateWindow = { from: '2025-02-01', to: '2025-02-28' };

export function describeTimelineContract(storeOf: () => GraphStore, articlesOf: () => ParsedArticle[]) {
  let store: GraphStore;
  let articles: ParsedArticle[];
  beforeAll(() => {
    store = storeOf();
    articles = articlesOf();
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
        nodes(await store.listEvents({ window: FEB_2025, match: 'OVERLAPS', actorIds: [], kinds: [], ...PAGE })),
      );
      expect(feb).toContain('2025-02-us-cartel-fto-designation');
      expect(feb).not.toContain('2025-01-trump-border-directive');
      expect(feb).not.toContain('trump-proposal-us-troops-in-mexico');
      const within = ids(
        nodes(await store.listEvents({ window: FEB_2025, match: 'WITHIN', actorIds: [], kinds: [], ...PAGE })),
      );
      expect(within).toEqual(['2025-02-us-cartel-fto-designation']);
      const possibly = ids(
        nodes(await store.listEvents({ window: FEB_2025, match: 'POSSIBLY', actorIds: [], kinds: [], ...PAGE })),
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
            ...PAGE,
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
            ...PAGE,
          }),
        ),
      );
      expect(before).not.toContain('2025-02-us-cartel-fto-designation');
    });

    it('filters events by participant and kind', async () => {
      const trump = nodes(await store.listEvents({ ...FULL_TIMELINE, actorIds: ['donald-trump'], kinds: [], ...PAGE }));
      expect(trump.length).toBeGreaterThan(1);
      for (const e of trump) expect(e.participants.map((p) => p.actorId)).toContain('donald-trump');
      const designations = nodes(
        await store.listEvents({ ...FULL_TIMELINE, actorIds: [], kinds: ['designation'], ...PAGE }),
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

  describe('timeline', () => {
    it('holds every event and statement, ordered by date key then id', async () => {
      const all = await store.timeline(fullTimeline());
      const expected = new Set(articles.flatMap((a) => [...a.events, ...a.statements].map((x) => x.id)));
      expect(all.totalCount).toBe(expected.size);
      const keys = nodes(all).map((t) => `${sortKeyOf(t.date)}|${t.id}`);
      expect(keys).toEqual([...keys].sort());
      expect(new Set(nodes(all).map((t) => t.itemType))).toEqual(new Set(['Event', 'Statement']));
    });

    it('everything Trump is party to, in date order', async () => {
      const p = await store.timeline(fullTimeline({ actorIds: ['donald-trump'] }));
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
      const all = ids(nodes(await store.timeline(fullTimeline())));
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const p = await store.timeline(fullTimeline({ first: 3, after }));
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

    it('timelineSummaries is the timeline with every summary field, for each read the timeline picks', async () => {
      const cases = [
        fullTimeline({ first: 7 }),
        fullTimeline({ window: { from: '2025-03-01', to: '2025-05-06' }, first: 5 }),
        fullTimeline({ window: { from: '2025-01-01', to: null }, match: 'POSSIBLY' }),
        fullTimeline({ window: { from: null, to: '2025-04-30' }, match: 'WITHIN' }),
        fullTimeline({ actorIds: ['nayib-bukele'] }),
        fullTimeline({ sourceIds: [articles[0]!.source.id] }),
      ];
      const full = await store.timeline(cases[0]!);
      cases.push(fullTimeline({ first: 7, after: full.items.at(-1)!.cursor }));
      for (const q of cases) {
        const [whole, lean] = await Promise.all([store.timeline(q), store.timelineSummaries(q)]);
        expect(whole.items.length, JSON.stringify(q)).toBeGreaterThan(0);
        const cut = (p: typeof whole | typeof lean) => ({
          ...p,
          items: p.items.map((i) => ({ cursor: i.cursor, node: itemSummary(i.node) })),
        });
        expect(cut(lean), JSON.stringify(q)).toEqual(cut(whole));
      }
    });
  });
}
