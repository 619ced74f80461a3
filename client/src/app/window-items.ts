// Fetches the items of one window page by page, for the windowed timeline and the list. A signal cancels it (the
// fetch in flight is aborted, no further page is asked for) when the view has moved on.
import type { GraphQLClient, TimelineWindowArgs } from '../api/graphql-client.ts';
import type { ApiTimelineItem } from '../../../core/api/api-types.ts';

/** The server's largest page. */
export const WINDOW_PAGE_SIZE = 500;

export async function fetchWindowItems(
  api: Pick<GraphQLClient, 'timelinePage'>,
  window: TimelineWindowArgs,
  signal: AbortSignal,
): Promise<ApiTimelineItem[]> {
  const items: ApiTimelineItem[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await api.timelinePage(window, { first: WINDOW_PAGE_SIZE, after, count: false }, signal);
    for (const item of page.items) items.push(item);
    if (!page.hasNextPage) return items;
    signal.throwIfAborted();
    after = page.endCursor;
  }
}

/** A fetch the app cancelled on purpose: not an error to show. */
export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}
