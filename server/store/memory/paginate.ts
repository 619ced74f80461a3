import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { Page } from '../store.ts';

/** Keyset page over items already sorted by (key, id). */
export function paginate<T>(
  sorted: readonly T[],
  keyOf: (t: T) => string,
  idOf: (t: T) => string,
  first: number,
  after: string | null,
): Page<T> {
  const cursor = decodeCursor(after);
  let start = 0;
  if (cursor) {
    // Binary search for the first item strictly after the cursor's (key, id).
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const t = sorted[mid]!;
      const k = keyOf(t);
      if (k < cursor.key || (k === cursor.key && idOf(t) <= cursor.id)) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const slice = sorted.slice(start, start + first);
  return {
    items: slice.map((node) => ({ node, cursor: encodeCursor(keyOf(node), idOf(node)) })),
    hasNextPage: start + first < sorted.length,
    totalCount: sorted.length,
  };
}

export function byKeyThenId<T>(keyOf: (t: T) => string, idOf: (t: T) => string) {
  return (a: T, b: T): number => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    const ia = idOf(a);
    const ib = idOf(b);
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
}
