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
export function textBox(text: string, x: number, y: number, anchor: TextBox['anchor'], width: number, ascent: number, descent: number): TextBox {
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

  /** The first candidate that fits, now occupied; null when none does. */
  place<T extends Box>(candidates: readonly T[]): T | null {
    const found = candidates.find((c) => this.fits(c)) ?? null;
    if (found) this.add(found);
    return found;
  }
}
