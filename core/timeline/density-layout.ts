// The timeline past the density threshold: each lane a band of counts per bin, nothing placed one by one, so
// a window of a hundred thousand entries costs one pass over what is in view.
import type { ScaleTime } from 'd3-scale';
import { densityBinCount, densityBins } from './density-bins.ts';
import { frameOf } from './layout-frame.ts';
import type { PlotBounds } from './mark-geometry.ts';
import type { TimelineIndex } from './timeline-index.ts';
import type { TimelineLane, TimelineLayout } from './timeline-layout-types.ts';
import { TIMELINE_METRICS as M } from './timeline-metrics.ts';

/** Above the threshold: each lane shown is a band of counts, and nothing is placed one by one. */
export function densityLayout(
  index: TimelineIndex,
  inWindow: readonly number[],
  frame: {
    width: number;
    domain: [number, number];
    plot: PlotBounds;
    scale: ScaleTime<number, number>;
  },
): TimelineLayout {
  const { width, domain, plot, scale } = frame;
  const laneCount = index.lanes.length;
  const binCount = densityBinCount(plot);
  const counts = new Uint32Array(laneCount * binCount);
  // Linear in time, as the scale is; written out because this runs for every entry in view.
  const k = (plot.right - plot.left) / (domain[1] - domain[0]);
  for (const i of inWindow) {
    const lane = index.lane[i]!;
    if (lane < 0) continue;
    const ms = Math.min(domain[1] - 1, Math.max(domain[0], index.anchor[i]!));
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor(((ms - domain[0]) * k) / M.binWidth)));
    counts[lane * binCount + bin]!++;
  }
  const lanes: TimelineLane[] = [];
  const bands: Array<{ lane: number; key: string; top: number; height: number }> = [];
  let cursor = M.axisHeight;
  index.lanes.forEach((spec, lane) => {
    if (!counts.subarray(lane * binCount, (lane + 1) * binCount).some((c) => c > 0)) return;
    const height = M.laneHeaderHeight + M.densityHeight + M.laneGap;
    bands.push({ lane, key: spec.key, top: cursor + M.laneHeaderHeight, height: M.densityHeight });
    lanes.push({ ...spec, y: cursor, headerY: cursor + 14, height, overflow: null });
    cursor += height;
  });
  return {
    ...frameOf(width, domain, plot, scale, cursor),
    mode: 'density',
    inView: inWindow.length,
    lanes,
    marks: [],
    links: [],
    bins: densityBins(counts, binCount, bands, plot, (px) => scale.invert(px).getTime()),
  };
}
