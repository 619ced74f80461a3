// The overview strip under the timeline: how many entries fall in each slice of the whole extent,
// and its axis. Pure, like the main layout.
import { scaleUtc } from 'd3-scale';
import { anchorMs, extentOf } from '../../../core/timeline/date-extent.ts';
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

export function layoutOverview(
  entries: readonly TimelineEntry[],
  options: { width: number; extent: readonly [number, number] },
): OverviewLayout {
  const { width, extent } = options;
  const plot = { left: M.marginLeft, right: Math.max(M.marginLeft + 40, width - M.marginRight), top: 4, bottom: 32 };
  const scale = scaleUtc().domain([extent[0], extent[1]]).range([plot.left, plot.right]);
  const n = Math.max(1, Math.ceil((plot.right - plot.left) / BAR_WIDTH));
  const counts = new Array<number>(n).fill(0);
  for (const entry of entries) {
    const px = scale(anchorMs(extentOf(entry.date)));
    const i = Math.floor((px - plot.left) / BAR_WIDTH);
    if (i >= 0 && i < n) counts[i] = (counts[i] ?? 0) + 1;
  }
  const max = Math.max(1, ...counts);
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
