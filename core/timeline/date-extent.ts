// FuzzyDate -> a half-open time range in UTC milliseconds; null bounds stay open.
import { utcDay, utcMonth } from 'd3-time';
import type { FuzzyDate } from '../domain/types.ts';

export const DAY_MS = 86_400_000;

export interface TimeExtent {
  /** Start of the earliest possible day, or null when the start is unknown. */
  start: number | null;
  /** Start of the day after the latest possible day (exclusive), or null when the end is unknown. */
  end: number | null;
}

/** Midnight UTC of an ISO day. */
export function dayStartMs(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

/** The ISO day containing a UTC instant. */
export function isoDayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Extents by date object: the chart, overview, list and filters all ask for the same entries' extents on
 * every redraw, and parsing two ISO days each time was most of a zoom frame at 100k entries. Dates are
 * never mutated once parsed from the API, so the object is a safe key; the cache lets them be collected.
 */
const extents = new WeakMap<FuzzyDate, TimeExtent>();

/** The date's range in ms; the result is shared and must not be changed. */
export function extentOf(date: FuzzyDate): TimeExtent {
  let extent = extents.get(date);
  if (!extent) {
    extent = Object.freeze({
      start: date.earliest ? dayStartMs(date.earliest) : null,
      end: date.latest ? dayStartMs(date.latest) + DAY_MS : null,
    });
    extents.set(date, extent);
  }
  return extent;
}

/**
 * Whether a date's known range touches [from, to): the API's OVERLAPS. An open bound is unknown, not
 * endless, so "on or before 5 May 2025" counts as 5 May 2025.
 */
export function overlapsWindow(extent: TimeExtent, from: number, to: number): boolean {
  const start = extent.start ?? (extent.end === null ? null : extent.end - DAY_MS);
  const end = extent.end ?? (extent.start === null ? null : extent.start + DAY_MS);
  if (start === null || end === null) return false;
  return start < to && end > from;
}

/** A single representative instant: the middle of a known range, else its known bound. */
export function anchorMs(extent: TimeExtent): number {
  if (extent.start !== null && extent.end !== null) return (extent.start + extent.end) / 2;
  return (extent.start ?? extent.end ?? 0) as number;
}

/** [from 00:00, day after `to` 00:00) for an inclusive window of ISO days. */
export function windowToDomain(from: string, to: string): [number, number] {
  return [dayStartMs(from), dayStartMs(to) + DAY_MS];
}

/** The inclusive ISO-day window a time domain shows, snapped to the nearest day boundaries. */
export function domainToWindow(domain: readonly [number, number]): { from: string; to: string } {
  const start = Math.round(domain[0] / DAY_MS) * DAY_MS;
  const end = Math.max(start + DAY_MS, Math.round(domain[1] / DAY_MS) * DAY_MS);
  return { from: isoDayOf(start), to: isoDayOf(end - DAY_MS) };
}

/**
 * The full extent worth showing for a set of dates: every known bound, padded so marks at the edges
 * are not cut, and snapped to whole months (whole days for short spans) so the axis starts cleanly.
 */
export function dataDomain(extents: Iterable<TimeExtent>, minSpanDays = 30): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of extents) {
    for (const v of [e.start, e.end]) {
      if (v === null) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!Number.isFinite(lo)) return null;
  const mid = (lo + hi) / 2;
  const half = Math.max(hi - lo, minSpanDays * DAY_MS) * 0.54;
  const [a, b] = [mid - half, mid + half];
  const interval = b - a > 90 * DAY_MS ? utcMonth : utcDay;
  return [interval.floor(new Date(a)).getTime(), interval.ceil(new Date(b)).getTime()];
}
