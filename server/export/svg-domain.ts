// The time span a static picture shows: the requested window where given, else the data's own extent,
// computed by the same helpers the client uses to frame its initial view.
import { DAY_MS, dataDomain, dayStartMs, extentOf } from '../../core/timeline/date-extent.ts';
import type { TimelineEntry } from '../../core/timeline/timeline-entry.ts';
import type { DateWindow } from '../store/store.ts';

/** Shown when nothing is dated and no window is given: an empty month is as good as any. */
const EMPTY_DOMAIN: [number, number] = [0, 30 * DAY_MS];

export function svgDomain(entries: readonly TimelineEntry[], window: DateWindow): [number, number] {
  const data = dataDomain(entries.map((e) => extentOf(e.date)));
  const lo = window.from ? dayStartMs(window.from) : (data?.[0] ?? null);
  const hi = window.to ? dayStartMs(window.to) + DAY_MS : (data?.[1] ?? null);
  if (lo === null && hi === null) return EMPTY_DOMAIN;
  const start = lo ?? (hi as number) - 30 * DAY_MS;
  const end = hi ?? start + 30 * DAY_MS;
  // Only one bound given and the data all on its far side: show a month from that bound.
  return end > start ? [start, end] : window.from ? [start, start + 30 * DAY_MS] : [end - 30 * DAY_MS, end];
}
