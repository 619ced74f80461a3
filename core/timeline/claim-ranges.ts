// Where each source's claimed date of a disputed date lies on the axis: thin lines under the mark, one per
// source, so "February, says one; March, says another" can be seen, not only read. Pure, for both renderers.
import { extentOf } from './date-extent.ts';
import { disputedDates } from './entry-dispute.ts';
import type { PlotBounds } from './mark-geometry.ts';
import type { TimelineEntry } from './timeline-entry.ts';

export interface ClaimRange {
  source: string;
  /** The claimed date's label, e.g. "March 2025". */
  label: string;
  x: number;
  x2: number;
  /** The claimed range has no known start / end (it reaches the plot's edge). */
  openStart: boolean;
  openEnd: boolean;
}

/** Vertical step between two sources' lines, and the gap between the mark's centre and the first. */
export const CLAIM_RANGE_STEP = 3;
export const CLAIM_RANGE_OFFSET = 8;
/** Lines drawn at most: more would run into the next row; the tooltip and the panel still list every one. */
export const MAX_CLAIM_RANGES = 4;

/**
 * How far a claim open at one end ("on or before 5 May") is drawn from its known end: a line to the plot's edge
 * would read as "from the start of time", which no source says.
 */
export const OPEN_CLAIM_STUB = 24;

export function claimRanges(entry: TimelineEntry, x: (ms: number) => number, plot: PlotBounds): ClaimRange[] {
  const clamp = (v: number) => Math.max(plot.left, Math.min(plot.right, v));
  return disputedDates(entry.disputes)
    .slice(0, MAX_CLAIM_RANGES)
    .map((c) => {
      const { start, end } = extentOf(c.date);
      const x1 = clamp(start === null ? (end === null ? plot.left : x(end) - OPEN_CLAIM_STUB) : x(start));
      // A day is drawn at least a few pixels wide, so it shows at any zoom.
      const x2 = Math.max(
        x1 + 3,
        clamp(end === null ? (start === null ? plot.right : x(start) + OPEN_CLAIM_STUB) : x(end)),
      );
      return { source: c.source, label: c.date.label, x: x1, x2, openStart: start === null, openEnd: end === null };
    });
}
