// When too many entries are in view to draw one by one: counts per lane in narrow time bins.
import { TIMELINE_METRICS as M } from './timeline-metrics.ts';
import type { PlotBounds } from './mark-geometry.ts';

export interface DensityBin {
  laneKey: string;
  /** Pixel bounds of the bin and of its bar (bottom-aligned in the lane band). */
  x: number;
  x2: number;
  y: number;
  height: number;
  count: number;
  /** Time bounds (UTC ms) of the bin, for its accessible label. */
  start: number;
  end: number;
}

/** How many bins of `binWidth` pixels span the plot. */
export function densityBinCount(plot: PlotBounds): number {
  return Math.max(1, Math.ceil((plot.right - plot.left) / M.binWidth));
}

/**
 * `counts` holds, per lane, `binCount` counts of entries by their anchor's bin (lane-major); `bands` are
 * the lanes shown and where. Bars share one vertical scale across lanes so lanes can be compared.
 */
export function densityBins(
  counts: Uint32Array,
  binCount: number,
  bands: ReadonlyArray<{ lane: number; key: string; top: number; height: number }>,
  plot: PlotBounds,
  invert: (px: number) => number,
): DensityBin[] {
  let max = 1;
  for (const c of counts) if (c > max) max = c;
  const bins: DensityBin[] = [];
  for (const band of bands) {
    for (let i = 0; i < binCount; i++) {
      const count = counts[band.lane * binCount + i]!;
      if (count === 0) continue;
      const x = plot.left + i * M.binWidth;
      const x2 = Math.min(plot.right, x + M.binWidth);
      const height = Math.max(2, (band.height * Math.sqrt(count)) / Math.sqrt(max));
      bins.push({
        laneKey: band.key,
        x,
        x2,
        y: band.top + band.height - height,
        height,
        count,
        start: invert(x),
        end: invert(x2),
      });
    }
  }
  return bins;
}
