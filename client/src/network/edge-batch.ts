// Big networks draw their ordinary edges as a few SVG paths (one per look) instead of thousands of
// elements with markers: a fraction of the DOM, style and paint work. Arrowheads become triangles in
// one path; a click is matched to the nearest edge by geometry.
import { pathData, pointOnPath, type EdgePath, type Point } from './edge-geometry.ts';

/** Above this many edges on screen, the ones not emphasised are drawn in batches. */
export const BATCH_EDGES = 1000;
/** At most this many edges stay separate elements (focusable, with tooltips) in a batched picture. */
export const MAX_SEPARATE_EDGES = 400;

/**
 * The arrowhead the view's marker draws (viewBox 0 -5 10 10, refX 9, 7 px wide in user space): its tip
 * 0.7 px past the path's end, 6.3 px long, 6.3 px across, along the curve's tangent at the end.
 */
export function arrowHead(p: EdgePath): string {
  const len = Math.hypot(p.x2 - p.cx, p.y2 - p.cy) || 1;
  const ux = (p.x2 - p.cx) / len;
  const uy = (p.y2 - p.cy) / len;
  const r = (v: number) => Math.round(v * 10) / 10;
  const at = (a: number, b: number) => `${r(p.x2 + ux * a - uy * b)},${r(p.y2 + uy * a + ux * b)}`;
  return `M${at(-6.3, -3.15)}L${at(0.7, 0)}L${at(-6.3, 3.15)}Z`;
}

/** Path data per curve: a layout's curves are fixed, so redraws (a new window, a selection) reuse it. */
const written = new WeakMap<EdgePath, { line: string; head: string }>();

function writtenOf(p: EdgePath): { line: string; head: string } {
  let w = written.get(p);
  if (!w) written.set(p, (w = { line: pathData(p), head: arrowHead(p) }));
  return w;
}

/** Writes these curves' path data ahead of `batchPaths`, so a big batch can be prepared a slice per task. */
export function preparePaths(paths: Iterable<EdgePath>): void {
  for (const p of paths) writtenOf(p);
}

export function batchPaths(paths: readonly EdgePath[]): { lines: string; heads: string } {
  const lines: string[] = [];
  const heads: string[] = [];
  for (const p of paths) {
    const w = writtenOf(p);
    lines.push(w.line);
    heads.push(w.head);
  }
  return { lines: lines.join(''), heads: heads.join('') };
}

function distanceToSegment(q: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((q.x - a.x) * dx + (q.y - a.y) * dy) / len2));
  return Math.hypot(q.x - (a.x + t * dx), q.y - (a.y + t * dy));
}

/** The index of the path passing closest to `q` within `tolerance`, else -1 (curves as 12-piece polylines). */
export function nearestPath(q: Point, paths: readonly EdgePath[], tolerance: number): number {
  let best = -1;
  let bestDistance = tolerance;
  paths.forEach((p, i) => {
    // Cheap reject: the curve lies inside its control polygon's box.
    if (
      q.x < Math.min(p.x1, p.cx, p.x2) - tolerance ||
      q.x > Math.max(p.x1, p.cx, p.x2) + tolerance ||
      q.y < Math.min(p.y1, p.cy, p.y2) - tolerance ||
      q.y > Math.max(p.y1, p.cy, p.y2) + tolerance
    )
      return;
    let previous = pointOnPath(p, 0);
    for (let s = 1; s <= 12; s++) {
      const next = pointOnPath(p, s / 12);
      const d = distanceToSegment(q, previous, next);
      if (d < bestDistance) [best, bestDistance] = [i, d];
      previous = next;
    }
  });
  return best;
}
