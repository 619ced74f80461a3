// What the timeline fetches for the window in view: density (counts per bucket) while the window holds more than
// the client can draw one by one, the window's items once it holds few enough, and a margin on each side either
// way, so a pan or small zoom-out is drawn from what is already in. Pure: the app does the fetching.
import { countTouching, type WindowDensity } from './density-answer.ts';
import { DAY_MS, isoDayOf } from './date-extent.ts';
import { TIMELINE_METRICS as M } from './timeline-metrics.ts';

type Range = readonly [number, number];

/**
 * The most items (as `timelineDensity`'s `total` counts them) fetched for a window. 3,000 items are about 1.2 MB
 * of JSON in 6 pages; above 1,000 in view the chart bins them itself (TIMELINE_METRICS.densityThreshold), so
 * fetched items are what zooming further in draws without another request. See docs/density.md.
 */
export const WINDOW_ITEM_LIMIT = 3000;

/** The margin fetched on each side of the visible window, as a share of its width. */
export const PREFETCH_FRACTION = 0.5;

/** The server's largest bucket count. */
export const MAX_DENSITY_BUCKETS = 1000;

/** The visible window widened by the prefetch margin on each side, kept inside `extent`. */
export function prefetchRange(visible: Range, extent: Range, fraction = PREFETCH_FRACTION): [number, number] {
  const margin = (visible[1] - visible[0]) * fraction;
  return [Math.max(extent[0], visible[0] - margin), Math.min(extent[1], visible[1] + margin)];
}

export function covers(outer: Range | null, inner: Range): boolean {
  return outer !== null && outer[0] <= inner[0] && outer[1] >= inner[1];
}

/**
 * Buckets to ask for over `range` so those in the visible part are about one chart bin wide (the server cuts whole
 * days, so a short range gets fewer).
 */
export function densityBuckets(range: Range, visible: Range, plotWidth: number): number {
  const visibleBins = Math.max(1, Math.ceil(plotWidth / M.binWidth));
  const share = (range[1] - range[0]) / Math.max(1, visible[1] - visible[0]);
  return Math.max(1, Math.min(MAX_DENSITY_BUCKETS, Math.ceil(visibleBins * share)));
}

export type WindowPlan =
  /** Fetch the items of `range` (the visible window, with its margins when they are small enough too). */
  | { kind: 'items'; range: [number, number] }
  /** Too many to draw one by one: the chart draws the density. */
  | { kind: 'density' };

/** Decides from a density answer covering the prefetch range what the visible window is drawn from. */
export function planWindow(density: WindowDensity, visible: Range, limit = WINDOW_ITEM_LIMIT): WindowPlan {
  if (density.total <= limit) return { kind: 'items', range: [density.range[0], density.range[1]] };
  if (countTouching(density, visible[0], visible[1]) <= limit)
    return { kind: 'items', range: [visible[0], visible[1]] };
  return { kind: 'density' };
}

/** The whole days a range touches, as the API's inclusive `from` and `to`, and the span they cover. */
export function rangeToDays(range: Range): { from: string; to: string; covered: [number, number] } {
  const start = Math.floor(range[0] / DAY_MS) * DAY_MS;
  const end = Math.max(start + DAY_MS, Math.ceil(range[1] / DAY_MS) * DAY_MS);
  return { from: isoDayOf(start), to: isoDayOf(end - DAY_MS), covered: [start, end] };
}
