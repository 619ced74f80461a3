// The timeline drawn from the server's counts (timelineDensity) instead of items: the zoomed-out chart of a corpus
// too large to fetch. Same shape as the item layout's density mode (timeline-layout.ts), so one drawing code
// serves both: a band per lane, a bar per bucket, bars on one square-root scale across lanes. (The item layout's
// own density mode, which counts entries it holds, is density-layout.ts.)
import { scaleUtc } from 'd3-scale';
import type { DensityBin } from './density-bins.ts';
import type { WindowDensity } from './density-answer.ts';
import { frameOf } from './layout-frame.ts';
import type { TimelineLane, TimelineLayout } from './timeline-layout-types.ts';
import { TIMELINE_METRICS as M } from './timeline-metrics.ts';

export interface CountsLayoutOptions {
  width: number;
  /** Visible window, UTC ms, end exclusive. */
  domain: readonly [number, number];
  maxLanes?: number;
}

export function layoutCounts(density: WindowDensity, options: CountsLayoutOptions): TimelineLayout {
  const { width } = options;
  const domain: [number, number] = [options.domain[0], options.domain[1]];
  const plot = { left: M.marginLeft, right: Math.max(M.marginLeft + 40, width - M.marginRight) };
  const scale = scaleUtc().domain(domain).range([plot.left, plot.right]);
  const visible: number[] = [];
  for (let i = 0; i < density.counts.length; i++)
    if (density.ends[i]! > domain[0] && density.starts[i]! < domain[1]) visible.push(i);
  let max = 1;
  let inView = 0;
  for (const i of visible) inView += density.counts[i]!;
  const shownLanes = density.lanes.slice(0, options.maxLanes ?? M.maxLanes);
  for (const lane of shownLanes) for (const i of visible) max = Math.max(max, lane.counts[i] ?? 0);

  const lanes: TimelineLane[] = [];
  const bins: DensityBin[] = [];
  let cursor = M.axisHeight;
  for (const lane of shownLanes) {
    if (!visible.some((i) => (lane.counts[i] ?? 0) > 0)) continue;
    const bandTop = cursor + M.laneHeaderHeight;
    for (const i of visible) {
      const count = lane.counts[i] ?? 0;
      if (count === 0) continue;
      const start = Math.max(domain[0], density.starts[i]!);
      const end = Math.min(domain[1], density.ends[i]!);
      const height = Math.max(2, (M.densityHeight * Math.sqrt(count)) / Math.sqrt(max));
      // At least a pixel wide, so a one-day bucket far zoomed out still shows.
      const x = scale(start);
      bins.push({
        laneKey: lane.key,
        x,
        x2: Math.max(x + 1, scale(end)),
        y: bandTop + M.densityHeight - height,
        height,
        count,
        start,
        end,
      });
    }
    const height = M.laneHeaderHeight + M.densityHeight + M.laneGap;
    lanes.push({
      key: lane.key,
      label: lane.label,
      actorKind: null,
      y: cursor,
      headerY: cursor + 14,
      height,
      overflow: null,
    });
    cursor += height;
  }
  return {
    ...frameOf(width, domain, plot, scale, cursor),
    mode: 'density',
    inView,
    lanes,
    marks: [],
    links: [],
    bins,
  };
}
