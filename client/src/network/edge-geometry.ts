// Edge paths as quadratic curves that stop at node borders, bent apart when two actors share several edges.

export interface Point {
  x: number;
  y: number;
}

export interface EdgePath {
  x1: number;
  y1: number;
  cx: number;
  cy: number;
  x2: number;
  y2: number;
}

/** Space left between a line's end and the target's border for the arrowhead's tip. */
export const ARROW_CLEARANCE = 2;

function unit(dx: number, dy: number): Point {
  const len = Math.hypot(dx, dy) || 1;
  return { x: dx / len, y: dy / len };
}

/**
 * `offset` bends the curve sideways in a frame that does not depend on direction (from the
 * lexically smaller id to the larger), so A→B and B→A with opposite offsets never coincide.
 */
export function edgePath(
  source: Point & { r: number },
  target: Point & { r: number },
  offset: number,
  flip: boolean,
): EdgePath {
  const mx = (source.x + target.x) / 2;
  const my = (source.y + target.y) / 2;
  const d = flip ? unit(source.x - target.x, source.y - target.y) : unit(target.x - source.x, target.y - source.y);
  const cx = mx - d.y * offset;
  const cy = my + d.x * offset;
  const out = unit(cx - source.x, cy - source.y);
  const into = unit(target.x - cx, target.y - cy);
  return {
    x1: source.x + out.x * source.r,
    y1: source.y + out.y * source.r,
    cx,
    cy,
    x2: target.x - into.x * (target.r + ARROW_CLEARANCE),
    y2: target.y - into.y * (target.r + ARROW_CLEARANCE),
  };
}

/** The point at parameter t on the curve. */
export function pointOnPath(p: EdgePath, t: number): Point {
  const u = 1 - t;
  return { x: u * u * p.x1 + 2 * u * t * p.cx + t * t * p.x2, y: u * u * p.y1 + 2 * u * t * p.cy + t * t * p.y2 };
}

/** SVG path data for the curve. */
export function pathData(p: EdgePath): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  return `M${r(p.x1)},${r(p.y1)}Q${r(p.cx)},${r(p.cy)} ${r(p.x2)},${r(p.y2)}`;
}

/** Offsets for `count` edges between the same two actors: 0 for one, then spread evenly around 0. */
export function parallelOffsets(count: number, spacing = 30): number[] {
  return Array.from({ length: count }, (_, i) => (count === 1 ? 0 : (i - (count - 1) / 2) * spacing));
}
