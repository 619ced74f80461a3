import type { Page } from '../../store/store.ts';

/** A store page as a Relay-style connection. */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.items,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
