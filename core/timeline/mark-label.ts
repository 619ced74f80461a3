// Places a two-line label (title, then date) beside a mark: right if it fits, else left, else over it.
import { textWidth, truncateToWidth } from '../text/text-width.ts';
import { TIMELINE_METRICS as M } from './timeline-metrics.ts';
import type { PlotBounds } from './mark-geometry.ts';

export interface MarkLabel {
  title: string;
  date: string;
  /** The x the text is anchored at; `anchor` says which end of the text that is. */
  x: number;
  anchor: 'start' | 'end';
  width: number;
  /** Horizontal extent, for packing. */
  left: number;
  right: number;
}

export function placeLabel(
  title: string,
  date: string,
  body: { x: number; x2: number },
  plot: PlotBounds,
): MarkLabel | null {
  // Beside a mark a label may take under half the plot, so the chart does not turn into text; written
  // over a long bar it may use the bar's length.
  const besideMax = Math.min(M.maxTitleWidth, (plot.right - plot.left) * 0.45);
  const dateWidth = textWidth(date, M.dateFont);
  const make = (x: number, anchor: 'start' | 'end', room: number, maxTitle: number): MarkLabel | null => {
    if (room < M.minLabelWidth) return null;
    const text = truncateToWidth(title, Math.min(maxTitle, room), M.titleFont);
    const shownDate = dateWidth <= room ? date : truncateToWidth(date, room, M.dateFont);
    const width = Math.max(textWidth(text, M.titleFont), textWidth(shownDate, M.dateFont));
    const left = anchor === 'start' ? x : x - width;
    return { title: text, date: shownDate, x, anchor, width, left, right: left + width };
  };
  const rightX = body.x2 + M.labelGap;
  const leftX = body.x - M.labelGap;
  const roomRight = plot.right - rightX;
  const roomLeft = leftX - plot.left;
  const want = Math.min(Math.max(textWidth(title, M.titleFont), dateWidth), besideMax);
  if (roomRight >= want) return make(rightX, 'start', roomRight, besideMax);
  if (roomLeft >= want) return make(leftX, 'end', roomLeft, besideMax);
  // A body reaching across most of the plot: write over it, from its visible start.
  const insideX = Math.max(body.x, plot.left) + 4;
  const roomInside = Math.min(plot.right, body.x2) - insideX - 4;
  if (roomInside >= want) return make(insideX, 'start', roomInside, M.maxTitleWidth);
  // Otherwise wherever there is most room, shortened.
  const best = Math.max(roomRight, roomLeft, roomInside);
  if (best === roomRight) return make(rightX, 'start', roomRight, besideMax);
  if (best === roomLeft) return make(leftX, 'end', roomLeft, besideMax);
  return make(insideX, 'start', roomInside, M.maxTitleWidth);
}
