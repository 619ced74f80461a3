// Contract cases for reading around one actor: its relationships page by page, relationships by id, and the
// shortest paths between two actors. Called from describeStoreContract, so both adapters run them.
import { describe, expect, it } from 'vitest';
import { sortKeyOf } from '../../core/dates/fuzzy-date.ts';
import type { Relationship } from '../../core/domain/types.ts';
import type { GraphStore } from '../../server/store/store.ts';
import { InvalidCursorError } from '../../server/store/store-errors.ts';

const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id);
const pathIds = (paths: Array<{ actorIds: string[]; relationships: Relationship[] }>) =>
  paths.map((p) => p.actorIds.flatMap((a, i) => (i === 0 ? [a] : [p.relationships[i - 1]!.id, a])));

export function describeNavigationContract(storeOf: () => GraphStore) {
  describe('relationships of an actor', () => {
    it('lists every relationship Mexico is either end of, by date (undated last) then id', async () => {
      const page = await storeOf().listRelationships({ actorId: 'mexico', first: 100, after: null });
      const rels = page.items.map((i) => i.node);
      expect(rels.every((r) => r.sourceId === 'mexico' || r.targetId === 'mexico')).toBe(true);
      expect(ids(rels)).toEqual(
        expect.arrayContaining([
          'rel-claudia-sheinbaum-leads-mexico',
          'rel-nayib-bukele-criticised-mexico',
          'rel-mexico-rejected-assistance-from-united-states',
          'rel-mexican-drug-cartels-influences-mexico',
        ]),
      );
      const keys = rels.map((r) => `${sortKeyOf(r.date)} ${r.id}`);
      expect(keys).toEqual([...keys].sort());
      expect(rels.at(-1)!.date).toBeNull();
      expect(page.totalCount).toBe(rels.length);
      expect(page.hasNextPage).toBe(false);
      expect(rels.find((r) => r.id === 'rel-nayib-bukele-criticised-mexico')!.evidence.length).toBeGreaterThan(0);
    });

    it('pages without gaps or repeats, and answers an unknown actor with an empty page', async () => {
      const store = storeOf();
      const all = ids(
        (await store.listRelationships({ actorId: 'mexico', first: 100, after: null })).items.map((i) => i.node),
      );
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const p = await store.listRelationships({ actorId: 'mexico', first: 2, after });
        expect(p.totalCount).toBe(all.length);
        seen.push(...p.items.map((i) => i.node.id));
        if (!p.hasNextPage) break;
        after = p.items.at(-1)!.cursor;
      }
      expect(seen).toEqual(all);
      const none = await store.listRelationships({ actorId: 'no-such-actor', first: 5, after: null });
      expect(none).toEqual({ items: [], hasNextPage: false, totalCount: 0 });
      await expect(store.listRelationships({ actorId: 'mexico', first: 2, after: 'forged' })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
    });

    it('looks relationships up by id in input order, null for unknown ids', async () => {
      const [a, missing, b] = await storeOf().getRelationships([
        'rel-nayib-bukele-criticised-mexico',
        'no-such-relationship',
        'rel-claudia-sheinbaum-leads-mexico',
      ]);
      expect(missing).toBeNull();
      expect(a).toMatchObject({ type: 'CRITICISED', sourceId: 'nayib-bukele', targetId: 'mexico' });
      expect(a!.date!.edtf).toBe('../2025-05-05');
      expect(b).toMatchObject({ type: 'LEADS', sourceId: 'claudia-sheinbaum', targetId: 'mexico', date: null });
    });
  });

  describe('paths', () => {
    const bukeleToTrump = { fromId: 'nayib-bukele', toId: 'donald-trump', maxHops: 4, limit: 50 };

    it('finds every shortest path from Bukele to Trump (3 hops), in the order of the ids along them', async () => {
      const paths = await storeOf().paths(bukeleToTrump);
      expect(paths.map((p) => p.relationships.length)).toEqual(paths.map(() => 3));
      const found = pathIds(paths);
      expect(found).toEqual([...found].sort((x, y) => (x.join('\u0000') < y.join('\u0000') ? -1 : 1)));
      // Through Mexico, then to Trump by way of Sheinbaum (twice: two relationships), the cartels or the US.
      expect(paths.map((p) => p.actorIds[2]).sort()).toEqual([
        'claudia-sheinbaum',
        'claudia-sheinbaum',
        'mexican-drug-cartels',
        'united-states',
      ]);
      for (const p of paths) {
        expect(p.actorIds[0]).toBe('nayib-bukele');
        expect(p.actorIds.at(-1)).toBe('donald-trump');
        // Each relationship joins the actors either side of it, in either direction, and carries its evidence.
        p.relationships.forEach((r, i) => {
          expect([r.sourceId, r.targetId].sort()).toEqual([p.actorIds[i], p.actorIds[i + 1]].sort());
          expect(r.evidence.length).toBeGreaterThan(0);
        });
      }
    });

    it('keeps to maxHops and limit, and answers [] for unknown or identical actors', async () => {
      const store = storeOf();
      expect(await store.paths({ ...bukeleToTrump, maxHops: 2 })).toEqual([]);
      const all = await store.paths(bukeleToTrump);
      expect(pathIds(await store.paths({ ...bukeleToTrump, limit: 2 }))).toEqual(pathIds(all).slice(0, 2));
      expect(await store.paths({ ...bukeleToTrump, toId: 'no-such-actor' })).toEqual([]);
      expect(await store.paths({ ...bukeleToTrump, toId: 'nayib-bukele' })).toEqual([]);
      const direct = await store.paths({ fromId: 'mexico', toId: 'claudia-sheinbaum', maxHops: 1, limit: 10 });
      expect(pathIds(direct)).toEqual([['mexico', 'rel-claudia-sheinbaum-leads-mexico', 'claudia-sheinbaum']]);
    });
  });
}
