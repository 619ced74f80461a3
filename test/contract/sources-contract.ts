// Contract cases for the sources page (pageSources): order, the search/publisher/ids filters, keyset paging and
// cursors bound to their filters. Called from describeStoreContract, so both adapters run them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore, SourceQuery } from '../../server/store/store.ts';
import { InvalidCursorError } from '../../server/store/store-errors.ts';
import { ids, nodes, PAGE } from './page-helpers.ts';

const ALL: SourceQuery = { search: null, publisher: null, ids: [], ...PAGE };
const SEED = 'thin-line-news-2025-05-05';
const FOLLOW_UP = 'follow-up-2025-05-06';

export function describeSourcesContract(storeOf: () => GraphStore) {
  let store: GraphStore;
  beforeAll(() => {
    store = storeOf();
  });

  describe('sources page', () => {
    it('lists what listSources lists, in the same order, with a total', async () => {
      const page = await store.pageSources(ALL);
      expect(nodes(page)).toEqual(await store.listSources());
      expect(page.totalCount).toBe(2);
      expect(page.hasNextPage).toBe(false);
    });

    it('matches a case-insensitive substring of the publisher or of the title', async () => {
      expect(ids(nodes(await store.pageSources({ ...ALL, search: 'tHiN LiNe' })))).toEqual([SEED]);
      expect(ids(nodes(await store.pageSources({ ...ALL, search: 'REPEATS "NO"' })))).toEqual([FOLLOW_UP]);
      const none = await store.pageSources({ ...ALL, search: 'no such outlet' });
      expect([nodes(none), none.totalCount]).toEqual([[], 0]);
    });

    it('filters by exact publisher and by ids', async () => {
      expect(ids(nodes(await store.pageSources({ ...ALL, publisher: 'Test Fixture Wire' })))).toEqual([FOLLOW_UP]);
      expect(nodes(await store.pageSources({ ...ALL, publisher: 'test fixture wire' }))).toEqual([]);
      const byIds = await store.pageSources({ ...ALL, ids: [FOLLOW_UP, 'no-such-source'] });
      expect([ids(nodes(byIds)), byIds.totalCount]).toEqual([[FOLLOW_UP], 1]);
    });

    it('pages one at a time with cursors, no gaps or repeats', async () => {
      const first = await store.pageSources({ ...ALL, first: 1 });
      expect([ids(nodes(first)), first.hasNextPage, first.totalCount]).toEqual([[SEED], true, 2]);
      const second = await store.pageSources({ ...ALL, first: 1, after: first.items[0]!.cursor });
      expect([ids(nodes(second)), second.hasNextPage]).toEqual([[FOLLOW_UP], false]);
      const none = await store.pageSources({ ...ALL, first: 0 });
      expect([none.items, none.hasNextPage, none.totalCount]).toEqual([[], true, 2]);
    });

    it('refuses a cursor issued for other filters', async () => {
      const first = await store.pageSources({ ...ALL, first: 1 });
      await expect(
        store.pageSources({ ...ALL, search: 'news', first: 1, after: first.items[0]!.cursor }),
      ).rejects.toBeInstanceOf(InvalidCursorError);
    });
  });
}
