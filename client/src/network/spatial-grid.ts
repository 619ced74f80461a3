// A uniform grid over rectangles, so "what lies near this box" visits a few cells instead of every item.

export interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export class SpatialGrid {
  private readonly cells = new Map<number, number[]>();
  /** Per-query stamps, so an item registered in several cells is visited once per query. */
  private seen = new Int32Array(64);
  private stamp = 0;
  private count = 0;

  constructor(private readonly cellSize: number) {}

  private span(lo: number, hi: number): [number, number] {
    // Clamped, so far-off or huge rectangles cannot make a query walk millions of cells.
    const clamp = (v: number) => Math.max(-1024, Math.min(1024, Math.floor(v / this.cellSize)));
    return [clamp(lo), clamp(hi)];
  }

  /** Registers item `index` (0, 1, 2, … in insertion order) under every cell its rectangle touches. */
  insert(r: Rect): number {
    const index = this.count++;
    if (index >= this.seen.length) {
      const grown = new Int32Array(this.seen.length * 2);
      grown.set(this.seen);
      this.seen = grown;
    }
    const [x0, x1] = this.span(r.left, r.right);
    const [y0, y1] = this.span(r.top, r.bottom);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const key = cx * 4096 + cy;
        const list = this.cells.get(key);
        if (list) list.push(index);
        else this.cells.set(key, [index]);
      }
    return index;
  }

  /**
   * Calls `visit` once for each item registered in a cell the rectangle touches (a superset of the items
   * whose rectangles meet it); stops early when `visit` returns true, and returns whether it did.
   */
  query(r: Rect, visit: (index: number) => boolean | void): boolean {
    const stamp = ++this.stamp;
    const [x0, x1] = this.span(r.left, r.right);
    const [y0, y1] = this.span(r.top, r.bottom);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const list = this.cells.get(cx * 4096 + cy);
        if (!list) continue;
        for (const i of list) {
          if (this.seen[i] === stamp) continue;
          this.seen[i] = stamp;
          if (visit(i)) return true;
        }
      }
    return false;
  }
}
