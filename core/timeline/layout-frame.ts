// The part of a timeline layout both modes (marks and density) share: size, plot area and axis ticks.
import type { ScaleTime } from 'd3-scale';
import type { PlotBounds } from './mark-geometry.ts';
import type { TimelineLayout } from './timeline-layout-types.ts';
import { TIMELINE_METRICS as M } from './timeline-metrics.ts';
import { timeTicks } from './time-ticks.ts';

/** What both layouts share: the chart's size, plot area and axis ticks, once the lanes end at `cursor`. */
export function frameOf(
  width: number,
  domain: [number, number],
  plot: PlotBounds,
  scale: ScaleTime<number, number>,
  cursor: number,
): Pick<TimelineLayout, 'width' | 'height' | 'domain' | 'plot' | 'ticks'> {
  const bottom = Math.max(cursor, M.axisHeight + 40);
  return {
    width,
    height: bottom + M.bottomPadding,
    domain,
    plot: { ...plot, top: M.axisHeight, bottom },
    ticks: timeTicks(scale, Math.min(110, (plot.right - plot.left) / 5)),
  };
}
