import type { Page } from '../../store/store.ts';

/**
 * A store page as a Relay connection. Lists page forwards only (first/after), and a keyset cursor always
 * follows an item, so a page asked for with `after` has items before it: hasPreviousPage is whether `after` was
 * given (the spec lets forward-only pagination answer it so).
 */
export function toConnection<T>(page: Page<T>, after: string | null) {
  return {
    edges: page.items,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: page.items[0]?.cursor ?? null,
      endCursor: page.items.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
