// Places a two-line label (title, then date) beside a mark: right if it fits, else left, else over it.
import { textWidth, truncateToWidth } from '../ui/text-width.ts';
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

export function placeLabel(title: string, date: string, body: { x: number; x2: number }, plot: PlotBounds): MarkLabel | null {
  const maxTitle = Math.min(M.maxTitleWidth, (plot.right - plot.left) * 0.45);
  const dateWidth = textWidth(date, M.dateFont);
  const make = (x: number, anchor: 'start' | 'end', room: number): MarkLabel | null => {
    if (room < Math.max(M.minLabelWidth, Math.min(dateWidth, maxTitle))) return null;
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
  const full = Math.max(textWidth(title, M.titleFont), dateWidth);
  const want = Math.min(full, maxTitle);
  if (roomRight >= want) return make(rightX, 'start', roomRight);
  if (roomLeft >= want) return make(leftX, 'end', roomLeft);
  // A body reaching across most of the plot: write over it, from its visible start.
  const insideX = Math.max(body.x, plot.left) + 4;
  const roomInside = plot.right - insideX;
  if (body.x2 - body.x > want && roomInside >= want) return make(insideX, 'start', roomInside);
  // Otherwise the side with more room gets a shortened label.
  return roomRight >= roomLeft ? make(rightX, 'start', roomRight) : make(leftX, 'end', roomLeft);
}
