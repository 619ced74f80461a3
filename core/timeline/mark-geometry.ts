// Where a single entry sits on the time axis, according to how precisely its date is known.
import type { Precision } from '../domain/types.ts';
import { DAY_MS, type TimeExtent } from './date-extent.ts';
import { TIMELINE_METRICS as M } from './timeline-metrics.ts';
import type { EntryType } from './timeline-entry.ts';

/** point: a known day; span: a known month/year/interval; range: one end unknown; quote: a statement. */
export type MarkShape = 'point' | 'span' | 'range' | 'quote';

export interface MarkGeometry {
  shape: MarkShape;
  /** Left and right of the drawn body; for a range, the open side is the visible edge. */
  x: number;
  x2: number;
  /** Where a point, quote glyph or connector attaches. */
  anchorX: number;
  /** The range fades toward an unknown start / end. */
  fadeStart: boolean;
  fadeEnd: boolean;
  /** The body really continues past the left / right edge of the plot (so no end cap is drawn there). */
  clipStart: boolean;
  clipEnd: boolean;
}

export interface PlotBounds {
  left: number;
  right: number;
}

export function markGeometry(
  type: EntryType,
  precision: Precision,
  extent: TimeExtent,
  x: (ms: number) => number,
  plot: PlotBounds,
): MarkGeometry {
  const { start, end } = extent;
  // Bodies wider than the plot are cut a little outside it, so SVG never sees huge coordinates.
  const clamp = (v: number) => Math.max(plot.left - 4, Math.min(plot.right + 4, v));
  let geometry: MarkGeometry;
  if (start !== null && end !== null) {
    const isDay = end - start <= DAY_MS && precision === 'day';
    if (isDay) {
      const anchorX = x(start + DAY_MS / 2);
      const half = type === 'statement' ? M.quoteHalfWidth : M.pointRadius;
      geometry = clipped(
        { shape: 'point', x: anchorX - half, x2: anchorX + half, anchorX, fadeStart: false, fadeEnd: false },
        anchorX,
        anchorX,
        plot,
      );
    } else {
      const x1 = clamp(x(start));
      const x2 = Math.max(x1 + 2, clamp(x(end)));
      geometry = clipped(
        { shape: 'span', x: x1, x2, anchorX: (x1 + x2) / 2, fadeStart: false, fadeEnd: false },
        x(start),
        x(end),
        plot,
      );
    }
  } else if (start === null) {
    const x2 = clamp(x(end ?? 0));
    geometry = clipped(
      { shape: 'range', x: plot.left, x2: Math.max(plot.left + 2, x2), anchorX: x2, fadeStart: true, fadeEnd: false },
      plot.left,
      x(end ?? 0),
      plot,
    );
  } else {
    const x1 = clamp(x(start));
    geometry = clipped(
      { shape: 'range', x: Math.min(x1, plot.right - 2), x2: plot.right, anchorX: x1, fadeStart: false, fadeEnd: true },
      x(start),
      plot.right,
      plot,
    );
  }
  if (type === 'statement') geometry.shape = 'quote';
  return geometry;
}

function clipped(
  geometry: Omit<MarkGeometry, 'clipStart' | 'clipEnd'>,
  trueStart: number,
  trueEnd: number,
  plot: PlotBounds,
): MarkGeometry {
  return { ...geometry, clipStart: trueStart < plot.left - 1, clipEnd: trueEnd > plot.right + 1 };
}
