// The API's `timelineDensity` answer (docs/density.md) as the client draws it: bucket edges in UTC ms instead of
// inclusive ISO days, so a bucket maps onto a time scale like any other span.
import { DAY_MS, dayStartMs } from './date-extent.ts';

/** What the API answers (the fields the client asks for). */
export interface ApiDensity {
  buckets: Array<{ start: string; end: string }>;
  counts: number[];
  lanes: Array<{ key: string; label: string; counts: number[] }>;
  total: number;
}

export interface DensityLaneCounts {
  key: string;
  label: string;
  counts: readonly number[];
}

export interface WindowDensity {
  /** The window asked for, UTC ms, end exclusive. */
  range: [number, number];
  /** Bucket edges, UTC ms: bucket i is [starts[i], ends[i]). */
  starts: Float64Array;
  ends: Float64Array;
  /** Items per bucket, each item once. */
  counts: readonly number[];
  /** The busiest lanes (actors or kinds), busiest first, counts per bucket. */
  lanes: readonly DensityLaneCounts[];
  /** Items in the whole range. */
  total: number;
}

export function windowDensity(answer: ApiDensity, range: readonly [number, number]): WindowDensity {
  const n = answer.buckets.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  answer.buckets.forEach((b, i) => {
    starts[i] = dayStartMs(b.start);
    ends[i] = dayStartMs(b.end) + DAY_MS;
  });
  return { range: [range[0], range[1]], starts, ends, counts: answer.counts, lanes: answer.lanes, total: answer.total };
}

/**
 * Items in the buckets that touch `[from, to)`: an upper bound of what the window holds (a bucket counts whole
 * even when the window cuts it), which is the safe side for deciding whether it is small enough to fetch.
 */
export function countTouching(density: WindowDensity, from: number, to: number): number {
  let sum = 0;
  for (let i = 0; i < density.counts.length; i++)
    if (density.ends[i]! > from && density.starts[i]! < to) sum += density.counts[i]!;
  return sum;
}

/** The first and last day holding an item (from the buckets), or null when none does. */
export function occupiedSpan(density: WindowDensity): [number, number] | null {
  let first = -1;
  let last = -1;
  density.counts.forEach((c, i) => {
    if (c === 0) return;
    if (first < 0) first = i;
    last = i;
  });
  return first < 0 ? null : [density.starts[first]!, density.ends[last]!];
}
