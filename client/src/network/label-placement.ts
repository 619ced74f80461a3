// Greedy label placement: each label takes the first candidate position that overlaps nothing placed so far.

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

export class Occupancy {
  private readonly boxes: Box[] = [];

  constructor(
    private readonly bounds: Box,
    private readonly pad: number,
  ) {}

  add(box: Box): void {
    this.boxes.push(box);
  }

  fits(box: Box): boolean {
    return inside(box, this.bounds) && !this.boxes.some((b) => overlaps(box, b, this.pad));
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
