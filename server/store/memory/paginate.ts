import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { Page } from '../store.ts';

/** Keyset page over items already sorted by (key, id). */
export function paginate<T>(
  sorted: readonly T[],
  keyOf: (t: T) => string,
  idOf: (t: T) => string,
  first: number,
  after: string | null,
  /** cursorScope() of the list and filters: cursors are valid only where they were issued. */
  scope: string,
): Page<T> {
  const cursor = decodeCursor(after, scope);
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
    items: slice.map((node) => pageItem(node, keyOf, idOf, scope)),
    hasNextPage: start + first < sorted.length,
    totalCount: sorted.length,
  };
}

/**
 * A page item whose cursor is encoded when first read: a GraphQL page usually selects one (pageInfo.endCursor) of
 * its 500, and encoding all of them was 3% of a distinct month page's CPU (docs/benchmarks.md). The getter is an own
 * enumerable property (an object literal's, not a class's), so a spread copy or JSON.stringify still sees the cursor.
 */
function pageItem<T>(node: T, keyOf: (t: T) => string, idOf: (t: T) => string, scope: string) {
  let cursor: string | undefined;
  return {
    node,
    get cursor(): string {
      return (cursor ??= encodeCursor(keyOf(node), idOf(node), scope));
    },
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

/**
 * The same order as `sort(byKeyThenId(keyOf, idOf))` (stable too), with each key computed once rather than
 * per comparison: sorting 150k timeline items called keyOf ~5 M times. Items are grouped by key first and only
 * the distinct keys and each group's ids are sorted: 100k events share ~3,650 dates, so that is a third of the
 * comparisons of one sort over (key, id).
 */
export function sortByKeyThenId<T>(items: readonly T[], keyOf: (t: T) => string, idOf: (t: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const t of items) {
    const key = keyOf(t);
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const keys = [...groups.keys()].sort(byString);
  const out = new Array<T>(items.length);
  let n = 0;
  for (const key of keys) {
    const group = groups.get(key)!;
    if (group.length === 1) out[n++] = group[0]!;
    else for (const t of sortById(group, idOf)) out[n++] = t;
  }
  return out;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A group in id order; equal ids keep their order (Array.prototype.sort is stable). */
function sortById<T>(group: T[], idOf: (t: T) => string): T[] {
  const ids = group.map(idOf);
  const order = Array.from(group, (_, i) => i);
  order.sort((a, b) => {
    const ia = ids[a]!;
    const ib = ids[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  return order.map((i) => group[i]!);
}

/** Merges two lists each sorted by (key, id) into one, `a`'s items first among equals (as a stable sort would). */
export function mergeByKeyThenId<T>(
  a: readonly T[],
  b: readonly T[],
  keyOf: (t: T) => string,
  idOf: (t: T) => string,
): T[] {
  const out: T[] = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  let ka = i < a.length ? keyOf(a[i]!) : '';
  let kb = j < b.length ? keyOf(b[j]!) : '';
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (ka < kb || (ka === kb && idOf(x) <= idOf(y))) {
      out[n++] = x;
      if (++i < a.length) ka = keyOf(a[i]!);
    } else {
      out[n++] = y;
      if (++j < b.length) kb = keyOf(b[j]!);
    }
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out;
}
