// The timeline's entries indexed once per data, filter or lane change (dates in ms, lane numbers, entries
// sorted by start), so each zoom frame finds what is in view by binary search instead of reading them all.
import { anchorMs, DAY_MS, extentOf } from './date-extent.ts';
import type { LaneBy, TimelineEntry } from './timeline-entry.ts';
import { assignLanes, type LaneSpec } from './timeline-lanes.ts';
import { lowerBound } from '../sorted/lower-bound.ts';

/** Entries whose known range is longer than this are few (multi-month intervals) and tested one by one. */
const LONG_SPAN_MS = 64 * DAY_MS;

export interface TimelineIndex {
  entries: readonly TimelineEntry[];
  laneBy: LaneBy;
  /** Every lane, in stacking order, for all entries (so lanes keep their order while zooming). */
  lanes: LaneSpec[];
  /** Per entry (same positions as `entries`): its lane's position in `lanes`. */
  lane: Int32Array;
  /**
   * Per entry: the range OVERLAPS tests (an open bound counts as one day at the known end; NaN when no
   * bound is known, which no window shows) and the anchor mark positions and bins use.
   */
  from: Float64Array;
  to: Float64Array;
  anchor: Float64Array;
  /** Entries with a short range, sorted by `from`, with their `from` alongside for binary search. */
  short: Int32Array;
  shortFrom: Float64Array;
  /** Entries with a long range, tested against every window. */
  long: Int32Array;
}

export function indexTimeline(entries: readonly TimelineEntry[], laneBy: LaneBy, maxLanes: number): TimelineIndex {
  const { lanes, laneKeys } = assignLanes(entries, laneBy, maxLanes);
  const lanePos = new Map(lanes.map((l, i) => [l.key, i]));
  const n = entries.length;
  const lane = new Int32Array(n);
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const anchor = new Float64Array(n);
  const shortIds: number[] = [];
  const longIds: number[] = [];
  for (let i = 0; i < n; i++) {
    const entry = entries[i]!;
    const extent = extentOf(entry.date);
    // As overlapsWindow: an open bound is unknown, not endless.
    const start = extent.start ?? (extent.end === null ? NaN : extent.end - DAY_MS);
    const end = extent.end ?? (extent.start === null ? NaN : extent.start + DAY_MS);
    lane[i] = lanePos.get(laneKeys[i]!) ?? -1;
    from[i] = start;
    to[i] = end;
    anchor[i] = anchorMs(extent);
    if (Number.isNaN(start)) continue;
    (end - start > LONG_SPAN_MS ? longIds : shortIds).push(i);
  }
  const short = sortByFrom(shortIds, from);
  const shortFrom = Float64Array.from(short, (i) => from[i]!);
  return { entries, laneBy, lanes, lane, from, to, anchor, short, shortFrom, long: Int32Array.from(longIds) };
}

/** 2^20: positions below it fit beside a day number in one float64 key. */
const POSITIONS = 1_048_576;

/**
 * `ids` ordered by `from`, ties in id order (as a stable comparator sort). Why not `ids.sort(cmp)`: at 30k entries
 * that comparator sort was a third of indexing, run again on every progress redraw. `from` is midnight UTC, so
 * day * 2^20 + position is an exact float64 key and a native Float64Array sort orders them.
 */
export function sortByFrom(ids: readonly number[], from: Float64Array): Int32Array {
  const keys = new Float64Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    const day = from[i]! / DAY_MS;
    if (!Number.isInteger(day) || i >= POSITIONS)
      return Int32Array.from([...ids].sort((a, b) => from[a]! - from[b]! || a - b));
    keys[k] = day * POSITIONS + i;
  }
  keys.sort();
  const out = new Int32Array(ids.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    out[k] = key - Math.floor(key / POSITIONS) * POSITIONS;
  }
  return out;
}

/** Calls `visit` with the position of every entry whose range touches [from, to) (the API's OVERLAPS). */
export function forEachInWindow(index: TimelineIndex, from: number, to: number, visit: (i: number) => void): void {
  const { short, shortFrom, long } = index;
  // A short entry touching the window starts after from − LONG_SPAN_MS and before `to`.
  const end = lowerBound(shortFrom, to);
  for (let k = lowerBound(shortFrom, from - LONG_SPAN_MS); k < end; k++) {
    const i = short[k]!;
    if (index.to[i]! > from) visit(i);
  }
  for (let k = 0; k < long.length; k++) {
    const i = long[k]!;
    if (index.from[i]! < to && index.to[i]! > from) visit(i);
  }
}
