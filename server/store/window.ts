// Date-window matching shared by both stores, so "in the window" means one thing everywhere.
import type { FuzzyDate } from '../../core/domain/types.ts';
import type { DateMatch, DateWindow } from './store.ts';
import { MAX_DAY, MIN_DAY } from '../../core/dates/day-range.ts';

/**
 * True when a date matches the window (see DateMatch); a missing window end is unbounded, and an item
 * with no date matches only when there is no window.
 */
export function dateMatches(date: FuzzyDate | null, window: DateWindow | null, match: DateMatch): boolean {
  if (!window || (window.from === null && window.to === null)) return true;
  if (!date || (date.earliest === null && date.latest === null)) return false;
  const from = window.from ?? MIN_DAY;
  const to = window.to ?? MAX_DAY;
  switch (match) {
    case 'WITHIN':
      return date.earliest !== null && date.latest !== null && date.earliest >= from && date.latest <= to;
    case 'POSSIBLY':
      return (date.earliest ?? MIN_DAY) <= to && (date.latest ?? MAX_DAY) >= from;
    case 'OVERLAPS':
      // An open end is unknown, not endless: match on the range the source does give.
      return (date.earliest ?? date.latest!) <= to && (date.latest ?? date.earliest!) >= from;
  }
}
