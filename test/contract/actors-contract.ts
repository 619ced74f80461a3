// Contract cases for actors: listing, filtering and paging them (cursors scoped to their list and filters), the
// merge of one actor across articles, and batch lookups. Called from describeStoreContract, so both adapters run them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import type { GraphStore } from '../../server/store/store.ts';
import { InvalidCursorError } from '../../server/store/store-errors.ts';
import { FULL_TIMELINE } from '../support/full-timeline.ts';
import { ids, nodes, PAGE } from './page-helpers.ts';

export function describeActorsContract(storeOf: () => GraphStore, articlesOf: () => ParsedArticle[]) {
  let store: GraphStore;
  let articles: ParsedArticle[];
  beforeAll(() => {
    store = storeOf();
    articles = articlesOf();
  });

  describe('actors', () => {
    it('lists every actor once, by name then id, with a total', async () => {
      const all = await store.listActors({ kind: null, search: null, ...PAGE });
      const names = nodes(all).map((a) => a.name);
      expect(names).toEqual([...names].sort());
      const distinct = new Set(articles.flatMap((a) => a.actors.map((x) => x.id)));
      expect(all.totalCount).toBe(distinct.size);
      expect(new Set(ids(nodes(all)))).toEqual(distinct);
    });

    it('filters by kind and by a case-insensitive substring of name or alias', async () => {
      const countries = nodes(await store.listActors({ kind: 'COUNTRY', search: null, ...PAGE }));
      expect(ids(countries).sort()).toEqual(['el-salvador', 'mexico', 'united-states']);
      const found = nodes(await store.listActors({ kind: null, search: 'sHeInBaUm', ...PAGE }));
      expect(ids(found)).toContain('claudia-sheinbaum');
      expect(nodes(await store.listActors({ kind: null, search: 'no such actor', ...PAGE }))).toEqual([]);
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
      const all = ids(nodes(await store.listActors({ kind: null, search: null, ...PAGE })));
      expect(seen).toEqual(all);
    });

    it('rejects a cursor it did not issue', async () => {
      await expect(
        store.listActors({ kind: null, search: null, first: 5, after: 'not-a-cursor' }),
      ).rejects.toBeInstanceOf(InvalidCursorError);
    });

    it('rejects a cursor from another list, or from the same list with other filters', async () => {
      const all = FULL_TIMELINE;
      const events = await store.listEvents({ ...all, kinds: [], first: 2, after: null });
      const eventCursor = events.items.at(-1)!.cursor;
      // Its own list and filters take it (with another page size too).
      expect(
        (await store.listEvents({ ...all, kinds: [], first: 3, after: eventCursor })).items.length,
      ).toBeGreaterThan(0);
      await expect(store.timeline({ ...all, first: 2, after: eventCursor })).rejects.toBeInstanceOf(InvalidCursorError);
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

    it('links are exactly the id, name and kind of the actors getActors gives', async () => {
      const wanted = ['claudia-sheinbaum', 'nobody', 'mexico', 'claudia-sheinbaum'];
      const full = await store.getActors(wanted);
      expect(await store.getActorLinks(wanted)).toEqual(
        full.map((a) => (a ? { id: a.id, name: a.name, kind: a.kind } : null)),
      );
      expect(full[0]!.reportedBy.length).toBeGreaterThan(0);
      expect(await store.getActorLinks([])).toEqual([]);
    });
  });
}
