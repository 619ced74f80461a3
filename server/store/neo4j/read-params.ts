// Parameters shared by the store's list queries: date window, keyset page, source filter and cursor scope.
import neo4j from 'neo4j-driver';
import { cursorScope, decodeCursor } from '../cursor.ts';
import type { DateMatch, DateWindow, SourceQuery } from '../store.ts';

/** Window parameters shared by the date-filtered queries. */
export function windowParams(window: DateWindow | null, match: DateMatch) {
  return { from: window?.from ?? null, to: window?.to ?? null, match };
}

export function keysetParams(first: number, after: string | null, scope: string) {
  const cursor = decodeCursor(after, scope);
  // One extra row tells whether another page follows. LIMIT needs a Cypher integer, not a float.
  // pageFrom: the cursor as a lower bound an index can seek ('' sorts first); afterKey/afterId make it exclusive.
  return {
    afterKey: cursor?.key ?? null,
    afterId: cursor?.id ?? null,
    pageFrom: cursor?.key ?? '',
    limit: neo4j.int(Math.max(0, first) + 1),
  };
}

/** The reporting-source filter of a list query: null for none. */
export const sourceFilter = (q: { sourceIds?: readonly string[] }) => ({
  sourceIds: q.sourceIds && q.sourceIds.length > 0 ? q.sourceIds : null,
});

/** Page arguments with the scope their cursors are bound to (the same as the memory store's). */
export const scoped = (list: string, q: { first: number; after: string | null }) => ({
  first: q.first,
  after: q.after,
  scope: cursorScope(list, q),
});

/** The sources page's filters (cypher/read/source-page.cypher): null for none; the search lower-cased. */
export const sourcePageFilters = (q: SourceQuery) => ({
  search: q.search ? q.search.toLowerCase() : null,
  publisher: q.publisher,
  ids: q.ids.length > 0 ? q.ids : null,
});
