// The claims contract: both adapters, loaded with the seed article and two other reports of the same events
// (test/fixtures/claims), keep every source's claims and show the same reconciled values and disputes.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import type { GraphStore } from '../../server/store/store.ts';
import type { AcquiredStore } from './store-contract.ts';
import { FULL_TIMELINE } from '../support/full-timeline.ts';

export const CLAIMS_DIR = path.resolve(import.meta.dirname, '../fixtures/claims');

const SPEECH = 'sheinbaum-eastern-mexico-speech-on-sovereignty';
const PRESS_CONFERENCE = 'sheinbaum-national-palace-press-conference-on-us-troops';
const NOT_FOR_SALE = 'claudia-sheinbaum-sovereignty-is-not-for-sale';
const SEED = 'thin-line-news-2025-05-05';
const BEAST = 'daily-beast-2025-05-04';
const NEWSWEEK = 'newsweek-2025-05-03';
const all = FULL_TIMELINE;

export function describeClaimsContract(name: string, acquire: (articles: ParsedArticle[]) => Promise<AcquiredStore>) {
  describe(`GraphStore claims contract: ${name}`, () => {
    let store: GraphStore;
    let release: () => Promise<void>;

    beforeAll(async () => {
      ({ store, release } = await acquire(await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS_DIR])));
    });
    afterAll(async () => {
      await release?.();
    });

    it('keeps every source’s date and shows their intersection: the speech on 3 May 2025', async () => {
      const [speech] = await store.getEvents([SPEECH]);
      expect(speech!.date).toMatchObject({ edtf: '2025-05-03', label: '3 May 2025' });
      expect(speech!.disputedFields).toEqual([]);
      expect(speech!.reportedBy).toEqual([BEAST, NEWSWEEK, SEED]);
      const [claims] = await store.getClaims([SPEECH]);
      expect(claims!.filter((c) => c.field === 'date').map((c) => [c.sourceId, c.value, c.date?.edtf])).toEqual([
        [SEED, '../2025-05-05', '../2025-05-05'],
        [BEAST, '2025-05-03', '2025-05-03'],
        [NEWSWEEK, '2025-05-03', '2025-05-03'],
      ]);
    });

    it('lists the dispute over where "Sovereignty is not for sale" was said, with both places and their evidence', async () => {
      const disputes = (await store.listDisputes({ first: 100, after: null })).items.map((i) => i.node);
      const place = disputes.find((d) => d.subjectId === NOT_FOR_SALE && d.field === 'event');
      expect(place).toMatchObject({ subjectType: 'Statement' });
      expect(place!.claims.map((c) => [c.sourceId, c.value])).toEqual([
        [BEAST, SPEECH],
        [NEWSWEEK, SPEECH],
        [SEED, PRESS_CONFERENCE],
      ]);
      for (const c of place!.claims) {
        expect(c.evidence.length).toBeGreaterThan(0);
        expect(c.evidence.every((e) => e.sourceId === c.sourceId)).toBe(true);
      }
      const [statement] = await store.getStatements([NOT_FOR_SALE]);
      expect(statement!.eventId).toBe(SPEECH); // two sources against one
      expect(statement!.disputedFields).toContain('event');
      // Both places list it, so neither account is lost.
      const [speech, conference] = await store.getEvents([SPEECH, PRESS_CONFERENCE]);
      expect(speech!.statementIds).toContain(NOT_FOR_SALE);
      expect(conference!.statementIds).toContain(NOT_FOR_SALE);
    });

    it('pages disputes by subject then field without gaps or repeats', async () => {
      const whole = await store.listDisputes({ first: 100, after: null });
      const keys = whole.items.map((i) => `${i.node.subjectId} ${i.node.field}`);
      expect(keys).toEqual([...keys].sort());
      expect(whole.totalCount).toBe(keys.length);
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const p = await store.listDisputes({ first: 1, after });
        seen.push(...p.items.map((i) => `${i.node.subjectId} ${i.node.field}`));
        if (!p.hasNextPage) break;
        after = p.items.at(-1)!.cursor;
      }
      expect(seen).toEqual(keys);
    });

    it('filters what one outlet reports', async () => {
      const events = await store.listEvents({ ...all, kinds: [], sourceIds: [BEAST] });
      expect(events.items.map((i) => i.node.id).sort()).toEqual(
        [SPEECH, 'sheinbaum-rejection-us-troops-in-mexico', 'trump-proposal-us-troops-in-mexico'].sort(),
      );
      const statements = await store.listStatements({ speakerId: null, sourceIds: [NEWSWEEK], first: 50, after: null });
      expect(statements.totalCount).toBe(2);
      const timeline = await store.timeline({ ...all, sourceIds: [NEWSWEEK, BEAST] });
      expect(timeline.totalCount).toBe(3 + 4);
      expect(timeline.items.every((i) => i.node.reportedBy.some((s) => s === NEWSWEEK || s === BEAST))).toBe(true);
      // Participants are a union over all sources: the seed has Trump take part in the speech too.
      const withActor = await store.timeline({ ...all, actorIds: ['donald-trump'], sourceIds: [NEWSWEEK] });
      expect(withActor.items.map((i) => i.node.id).sort()).toEqual(
        [SPEECH, 'sheinbaum-rejection-us-troops-in-mexico', 'trump-proposal-us-troops-in-mexico'].sort(),
      );
    });

    it('answers relationships and claims by id, empty for an unknown id', async () => {
      const [rel, none] = await store.getRelationships(['rel-donald-trump-proposed-to-claudia-sheinbaum', 'nope']);
      expect(rel!.date).toMatchObject({ edtf: '2025-04-16' });
      expect(rel!.reportedBy).toEqual([BEAST, SEED]);
      expect(none).toBeNull();
      expect(await store.getClaims(['nope'])).toEqual([[]]);
    });
  });
}
