// The whole timeline as one store query (no window, no actor or source filter, one full page), and what it holds.
// Tests narrow it with `fullTimeline({ actorIds: [...] })` instead of writing the query out again.
import type { TimelineItem } from '../../core/domain/types.ts';
import type { GraphStore, TimelineQuery } from '../../server/store/store.ts';
import { INPUT_LIMITS } from '../../server/input/input-limits.ts';

/** Every item, on one page of the largest size the API allows. */
export const FULL_TIMELINE: TimelineQuery = {
  window: { from: null, to: null },
  match: 'OVERLAPS',
  actorIds: [],
  first: INPUT_LIMITS.maxPageSize,
  after: null,
};

export function fullTimeline(overrides: Partial<TimelineQuery> = {}): TimelineQuery {
  return { ...FULL_TIMELINE, ...overrides };
}

/** The items of the full timeline (or of it narrowed by `overrides`); fails if they do not fit on one page. */
export async function timelineItems(
  store: GraphStore,
  overrides: Partial<TimelineQuery> = {},
): Promise<TimelineItem[]> {
  const page = await store.timeline(fullTimeline(overrides));
  if (page.hasNextPage) throw new Error(`the timeline holds ${page.totalCount} items, more than one page`);
  return page.items.map((i) => i.node);
}
