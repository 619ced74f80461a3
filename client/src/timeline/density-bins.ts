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

/**
 * `points` are the pixel x of each entry's anchor in its lane. Bars share one vertical scale across
 * lanes so lanes can be compared.
 */
export function densityBins(
  points: ReadonlyArray<{ laneKey: string; px: number }>,
  laneBands: ReadonlyMap<string, { top: number; height: number }>,
  plot: PlotBounds,
  invert: (px: number) => number,
): DensityBin[] {
  const n = Math.max(1, Math.ceil((plot.right - plot.left) / M.binWidth));
  const counts = new Map<string, number[]>();
  for (const { laneKey, px } of points) {
    const i = Math.min(n - 1, Math.max(0, Math.floor((px - plot.left) / M.binWidth)));
    let row = counts.get(laneKey);
    if (!row) counts.set(laneKey, (row = new Array<number>(n).fill(0)));
    row[i] = (row[i] ?? 0) + 1;
  }
  let max = 1;
  for (const row of counts.values()) for (const c of row) max = Math.max(max, c);
  const bins: DensityBin[] = [];
  for (const [laneKey, row] of counts) {
    const band = laneBands.get(laneKey);
    if (!band) continue;
    row.forEach((count, i) => {
      if (count === 0) return;
      const x = plot.left + i * M.binWidth;
      const x2 = Math.min(plot.right, x + M.binWidth);
      const height = Math.max(2, (band.height * Math.sqrt(count)) / Math.sqrt(max));
      bins.push({
        laneKey,
        x,
        x2,
        y: band.top + band.height - height,
        height,
        count,
        start: invert(x),
        end: invert(x2),
      });
    });
  }
  return bins;
}
