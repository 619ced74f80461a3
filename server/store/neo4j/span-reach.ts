// Which timeline items a window's sortKey range can miss, so the adapter reads them apart (as the embedded
// store's date-index.ts does): the range bounds the window queries seek. The :LongSpan/:OpenSpan labels they read
// apart are written by the seed (spanLabels in property-codecs.ts).
import { DAY_MS } from '../../../core/timeline/date-extent.ts';
import { MAX_DAY } from '../../../core/dates/day-range.ts';
import { SHORT_SPAN_DAYS } from '../short-span.ts';
import type { DateMatch, DateWindow } from '../store.ts';

/** Lower than every sortKey ('' sorts before every ISO day). */
const MIN_KEY = '';

const minusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

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
