// Which timeline items a window's sortKey range can miss, so the adapter reads them apart (as the embedded
// store's date-index.ts does): the labels the seed sets and the range bounds the window queries seek.
import type { FuzzyDate } from '../../../core/domain/types.ts';
import type { DateMatch, DateWindow } from '../store.ts';

/**
 * Same threshold as server/store/memory/date-index.ts: an item spanning longer is labelled :LongSpan. The labels
 * are written by the seed, so a graph must be seeded again after this changes (cypher/README.md).
 */
export const SHORT_SPAN_DAYS = 62;
const DAY_MS = 86_400_000;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Lowest ISO day string; '' sorts before every key. */
const MIN_KEY = '';
const MAX_DAY = '9999-12-31';

export interface SpanLabels {
  /** Both bounds known and further apart than SHORT_SPAN_DAYS: an OVERLAPS window can reach it from before its sortKey range. */
  longSpan: boolean;
  /** Exactly one bound known: a POSSIBLY window reads the open side as forever. */
  openSpan: boolean;
}

export function spanLabels(date: FuzzyDate | null): SpanLabels {
  const earliest = date?.earliest ?? null;
  const latest = date?.latest ?? null;
  return {
    longSpan: earliest !== null && latest !== null && dayMs(latest) - dayMs(earliest) > SHORT_SPAN_DAYS * DAY_MS,
    openSpan: (earliest === null) !== (latest === null),
  };
}

const minusDays = (iso: string, days: number) => new Date(dayMs(iso) - days * DAY_MS).toISOString().slice(0, 10);

/**
 * The sortKey range that holds every short item matching the window (sortKey is the earliest bound, else the
 * latest): from `from − SHORT_SPAN_DAYS` (WITHIN needs the earliest bound inside, so from `from`) to `to`.
 * Open window ends become the lowest and highest keys, so the queries need no `$x IS NULL OR` predicates.
 */
export function seekRange(window: DateWindow, match: DateMatch): { seekFrom: string; seekTo: string } {
  const from =
    window.from === null ? MIN_KEY : match === 'WITHIN' ? window.from : minusDays(window.from, SHORT_SPAN_DAYS);
  return { seekFrom: from, seekTo: window.to ?? MAX_DAY };
}
