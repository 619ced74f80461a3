// The list view of a window too large to fetch whole: its items a page at a time, the next page when the reader
// asks for it ("Show more"), in the timeline's order. A new window or actor starts again and cancels the page
// still loading for the old one.
import type { GraphQLClient, TimelineWindowArgs } from '../api/graphql-client.ts';
import { toEntries } from '../../../core/timeline/to-entries.ts';
import type { TimelineEntry } from '../../../core/timeline/timeline-entry.ts';
import { isAbort } from './window-items.ts';

/** Items per page of the list: a screenful or two, and a small answer. */
export const LIST_PAGE_SIZE = 100;

export interface ListPage {
  entries: TimelineEntry[];
  fetched: number;
  /** Items in the window in all (the server's totalCount); more than `entries` until every page is in. */
  total: number;
  loading: boolean;
}

export interface ListPagerDeps {
  api: Pick<GraphQLClient, 'timelinePage'>;
  setBusy: (delta: number) => void;
  showStatus: (message: unknown) => void;
  render: () => void;
}

export function listPager(deps: ListPagerDeps) {
  const { api, setBusy, showStatus, render } = deps;
  let key = '';
  let window: TimelineWindowArgs | null = null;
  let entries: TimelineEntry[] = [];
  const byId = new Map<string, TimelineEntry>();
  let total = 0;
  let cursor: string | null = null;
  let hasMore = true;
  let loading: AbortController | null = null;

  async function next(): Promise<void> {
    if (!window || loading || !hasMore) return;
    const controller = new AbortController();
    loading = controller;
    setBusy(1);
    try {
      const page = await api.timelinePage(
        window,
        { first: LIST_PAGE_SIZE, after: cursor, count: cursor === null },
        controller.signal,
      );
      const added = toEntries(page.items);
      for (const e of added) byId.set(e.id, e);
      entries = [...entries, ...added];
      total = page.totalCount ?? total;
      cursor = page.endCursor;
      hasMore = page.hasNextPage;
    } catch (e) {
      if (!isAbort(e)) showStatus(e);
    } finally {
      if (loading === controller) loading = null;
      setBusy(-1);
      render();
    }
  }

  return {
    /** The pages in so far for this window, fetching the first when the window is new. */
    show(wanted: TimelineWindowArgs): ListPage {
      const k = JSON.stringify(wanted);
      if (k !== key) {
        loading?.abort();
        loading = null;
        key = k;
        window = wanted;
        entries = [];
        byId.clear();
        total = 0;
        cursor = null;
        hasMore = true;
        void next();
      }
      return { entries, fetched: entries.length, total, loading: loading !== null };
    },
    /** The next page, when the reader asks for it. */
    more: () => void next(),
    entry: (id: string) => byId.get(id),
  };
}
