// Every timeline item matching the filters, paged out of the store, with a cap so one export cannot
// pull an unbounded graph into memory.
import type { TimelineItem } from '../../core/domain/types.ts';
import type { GraphStore } from '../store/store.ts';
import { BadInputError } from '../graphql/arguments.ts';
import { LIMITS } from '../graphql/limits.ts';
import type { TimelineFilters } from './export-filters.ts';

export const MAX_EXPORT_ITEMS = 20_000;

export async function collectTimeline(
  store: GraphStore,
  filters: TimelineFilters,
  cap = MAX_EXPORT_ITEMS,
): Promise<TimelineItem[]> {
  const items: TimelineItem[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.timeline({ ...filters, first: LIMITS.maxPageSize, after });
    // totalCount is known on the first page, so an oversized export fails before paging through it.
    if (page.totalCount > cap) {
      throw new BadInputError(
        'from',
        `${page.totalCount} items match, more than the ${cap} an export can hold; narrow the window with from/to or pick actors`,
      );
    }
    for (const { node } of page.items) items.push(node);
    const last = page.items.at(-1);
    if (!page.hasNextPage || !last) return items;
    after = last.cursor;
  }
}
