// Every timeline item matching the filters, paged out of the store, with a cap so one export cannot
// pull an unbounded graph into memory.
import type { TimelineItem } from '../../core/domain/types.ts';
import type { GraphStore } from '../store/store.ts';
import { InputError } from '../input/input-error.ts';
import { INPUT_LIMITS } from '../input/input-limits.ts';
import type { TimelineFilters } from '../input/export-options.ts';

export const MAX_EXPORT_ITEMS = 20_000;

export async function collectTimeline(
  store: GraphStore,
  filters: TimelineFilters,
  cap = MAX_EXPORT_ITEMS,
): Promise<TimelineItem[]> {
  const items: TimelineItem[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.timeline({ ...filters, first: INPUT_LIMITS.maxPageSize, after });
    // totalCount is known on the first page, so an oversized export fails before paging through it.
    if (page.totalCount > cap) {
      throw new InputError(
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
