// Finds the items whose date may match a window by binary search over items already sorted by (sortKey, id),
// instead of testing every item. Exact matching stays with dateMatches (window.ts); this only narrows.
import type { FuzzyDate } from '../../../core/domain/types.ts';
import { sortKeyOf } from '../../../core/dates/fuzzy-date.ts';
import { DAY_MS } from '../../../core/timeline/date-extent.ts';
import type { DateMatch, DateWindow } from '../store.ts';
import { SHORT_SPAN_DAYS } from '../short-span.ts';

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoMinusDays = (iso: string, days: number) => new Date(dayMs(iso) - days * DAY_MS).toISOString().slice(0, 10);

/** `a.slice(0, 7) === b.slice(0, 7)` without making the two strings (300k items at start-up at 100k events). */
function sameMonth(a: string, b: string): boolean {
  const n = Math.min(7, a.length);
  if (n !== Math.min(7, b.length)) return false;
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

export class DateIndex<T extends { date: FuzzyDate | null }> {
  private readonly keys: string[];
  /** Indexes of items an OVERLAPS window can reach from further than SHORT_SPAN_DAYS before it. */
  private readonly longOverlaps: number[] = [];
  /** Same for POSSIBLY, where an open bound reaches forever. */
  private readonly longPossibly: number[] = [];

  constructor(private readonly sorted: readonly T[]) {
    this.keys = sorted.map((t) => sortKeyOf(t.date));
    sorted.forEach((t, i) => {
      const d = t.date;
      if (!d || (d.earliest === null && d.latest === null)) return;
      const start = d.earliest ?? d.latest!;
      const end = d.latest ?? d.earliest!;
      // Most items are a day or lie within one month: no need to parse their bounds (150k Date.parse calls).
      const long = !sameMonth(start, end) && dayMs(end) - dayMs(start) > SHORT_SPAN_DAYS * DAY_MS;
      if (long) this.longOverlaps.push(i);
      if (long || d.earliest === null || d.latest === null) this.longPossibly.push(i);
    });
  }

  /** First index whose key is >= key (or > key when `after`). */
  private bound(key: string, after: boolean): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid]!;
      if (k < key || (after && k === key)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A superset of the items matching the window, in sorted order. */
  candidates(window: DateWindow, match: DateMatch): readonly T[] {
    if (window.from === null && window.to === null) return this.sorted;
    const lo =
      window.from === null
        ? 0
        : this.bound(match === 'WITHIN' ? window.from : isoMinusDays(window.from, SHORT_SPAN_DAYS), false);
    const hi = window.to === null ? this.keys.length : this.bound(window.to, true);
    const extra =
      match === 'WITHIN'
        ? []
        : (match === 'POSSIBLY' ? this.longPossibly : this.longOverlaps).filter((i) => i < lo || i >= hi);
    if (extra.length === 0) return this.sorted.slice(lo, hi);
    const indexes = [...extra, ...Array.from({ length: Math.max(0, hi - lo) }, (_, k) => lo + k)].sort((a, b) => a - b);
    return indexes.map((i) => this.sorted[i]!);
  }
}
