// Greedy label placement: each label takes the first candidate position that overlaps nothing placed so far.
import { SpatialGrid } from './spatial-grid.ts';

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface TextBox extends Box {
  text: string;
  /** Anchor point and text-anchor of the SVG text; `y` is the baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom + pad && b.top < a.bottom + pad;
}

export function inside(a: Box, bounds: Box): boolean {
  return a.left >= bounds.left && a.right <= bounds.right && a.top >= bounds.top && a.bottom <= bounds.bottom;
}

/** A text box from its anchor; `ascent`/`descent` are relative to the baseline. */
export function textBox(
  text: string,
  x: number,
  y: number,
  anchor: TextBox['anchor'],
  width: number,
  ascent: number,
  descent: number,
): TextBox {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { text, x, y, anchor, left, right: left + width, top: y - ascent, bottom: y + descent };
}

/** Grid cells about the size of a short label, so a query looks at a handful of boxes. */
const CELL = 48;

export class Occupancy {
  private readonly boxes: Box[] = [];
  private readonly grid = new SpatialGrid(CELL);

  constructor(
    private readonly bounds: Box,
    private readonly pad: number,
  ) {}

  add(box: Box): void {
    this.boxes.push(box);
    this.grid.insert(box);
  }

  fits(box: Box): boolean {
    if (!inside(box, this.bounds)) return false;
    const p = this.pad;
    const near = { left: box.left - p, right: box.right + p, top: box.top - p, bottom: box.bottom + p };
    return !this.grid.query(near, (i) => overlaps(box, this.boxes[i]!, p));
  }

  /**
   * Of the candidates that fit, the one with the lowest cost (the earliest on ties), now occupied;
   * null when none fits.
   */
  place<T extends Box>(candidates: readonly T[], cost: (candidate: T) => number = () => 0): T | null {
    let best: T | null = null;
    let bestCost = Infinity;
    for (const c of candidates) {
      if (!this.fits(c)) continue;
      const k = cost(c);
      if (k < bestCost) [best, bestCost] = [c, k];
      if (k === 0) break;
    }
    if (best) this.add(best);
    return best;
  }
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether a line segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const edges: Array<[number, number]> = [
    [-dx, s.x1 - b.left],
    [dx, b.right - s.x1],
    [-dy, s.y1 - b.top],
    [dy, b.bottom - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** How many of the segments pass through the box. */
export function crossingCount(box: Box, segments: readonly Segment[]): number {
  let n = 0;
  for (const s of segments) if (segmentHitsBox(s, box)) n++;
  return n;
}

/** Segments indexed by their bounding boxes: the same counts as `crossingCount`, without a scan of all of them. */
export class SegmentIndex {
  private readonly segments: Segment[] = [];
  private readonly grid = new SpatialGrid(CELL);

  add(s: Segment): void {
    this.segments.push(s);
    this.grid.insert({
      left: Math.min(s.x1, s.x2),
      right: Math.max(s.x1, s.x2),
      top: Math.min(s.y1, s.y2),
      bottom: Math.max(s.y1, s.y2),
    });
  }

  /** A segment that meets the box has a point inside it, so its bounding box shares a cell with the box. */
  crossings(box: Box): number {
    let n = 0;
    this.grid.query(box, (i) => void (segmentHitsBox(this.segments[i]!, box) && n++));
    return n;
  }
}
