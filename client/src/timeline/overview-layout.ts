// The overview strip under the timeline: how many entries fall in each slice of the whole extent,
// and its axis. Pure, like the main layout.
import { scaleUtc } from 'd3-scale';
import { anchorMs, extentOf } from '../../../core/timeline/date-extent.ts';
import type { WindowDensity } from '../../../core/timeline/density-answer.ts';
import type { TimelineEntry } from '../../../core/timeline/timeline-entry.ts';
import { TIMELINE_METRICS as M } from '../../../core/timeline/timeline-metrics.ts';
import { timeTicks, type AxisTick } from '../../../core/timeline/time-ticks.ts';

export interface OverviewBar {
  x: number;
  x2: number;
  y: number;
  height: number;
  count: number;
}

export interface OverviewLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: OverviewBar[];
  ticks: AxisTick[];
}

export const OVERVIEW_HEIGHT = 52;
const BAR_WIDTH = 4;

function overviewFrame(width: number, extent: readonly [number, number]) {
  const plot = { left: M.marginLeft, right: Math.max(M.marginLeft + 40, width - M.marginRight), top: 4, bottom: 32 };
  const scale = scaleUtc().domain([extent[0], extent[1]]).range([plot.left, plot.right]);
  const n = Math.max(1, Math.ceil((plot.right - plot.left) / BAR_WIDTH));
  return { plot, scale, counts: new Array<number>(n).fill(0) };
}

export function layoutOverview(
  entries: readonly TimelineEntry[],
  options: { width: number; extent: readonly [number, number] },
): OverviewLayout {
  const frame = overviewFrame(options.width, options.extent);
  for (const entry of entries) addAt(frame, anchorMs(extentOf(entry.date)), 1);
  return finish(frame, options.width);
}

/**
 * The same strip from the server's counts (a corpus too large to fetch): each bucket's count goes to the bar under
 * its middle, so buckets narrower than a bar add up and wider ones (a short extent) leave gaps, as days would.
 */
export function layoutOverviewCounts(
  density: WindowDensity,
  options: { width: number; extent: readonly [number, number] },
): OverviewLayout {
  const frame = overviewFrame(options.width, options.extent);
  density.counts.forEach((count, i) => {
    if (count > 0) addAt(frame, (density.starts[i]! + density.ends[i]!) / 2, count);
  });
  return finish(frame, options.width);
}

function addAt(frame: ReturnType<typeof overviewFrame>, ms: number, count: number): void {
  const i = Math.floor((frame.scale(ms) - frame.plot.left) / BAR_WIDTH);
  if (i >= 0 && i < frame.counts.length) frame.counts[i] = (frame.counts[i] ?? 0) + count;
}

function finish(frame: ReturnType<typeof overviewFrame>, width: number): OverviewLayout {
  const { plot, scale, counts } = frame;
  let max = 1;
  for (const c of counts) if (c > max) max = c;
  const span = plot.bottom - plot.top - 2;
  const bars: OverviewBar[] = [];
  counts.forEach((count, i) => {
    if (count === 0) return;
    const height = Math.max(6, (span * Math.sqrt(count)) / Math.sqrt(max));
    const x = plot.left + i * BAR_WIDTH;
    bars.push({ x, x2: Math.min(plot.right, x + BAR_WIDTH - 1), y: plot.bottom - height, height, count });
  });
  return {
    width,
    height: OVERVIEW_HEIGHT,
    plot,
    bars,
    ticks: timeTicks(scale, Math.min(110, (plot.right - plot.left) / 5)),
  };
}
