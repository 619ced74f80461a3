// Big networks draw most actors as one path per kind (and dimness) instead of a focusable group each;
// only the important ones (named, busiest, focused, selected, highlighted) stay separate elements. A click
// or hover on a batched actor is matched to the actor by geometry.
import type { ActorKind } from '../../../core/domain/types.ts';
import { actorSymbolPath } from '../ui/actor-symbol.ts';
import type { Point } from './edge-geometry.ts';

/** Above this many actors on screen, the less important ones are drawn in batches. */
export const BATCH_NODES = 600;
/** At most this many actors stay separate elements in a batched picture. */
export const MAX_SEPARATE_NODES = 300;

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Moves a glyph's path (as d3-shape writes it: M, L and A with absolute end points, h, v and Z relative
 * or without coordinates) by (dx, dy).
 */
export function translatePath(d: string, dx: number, dy: number): string {
  return d.replace(/([MLA])([^MLAhvZ]*)/g, (_match, command: string, args: string) => {
    const v = args.split(',').map(Number);
    if (command === 'A') {
      v[5] = round(v[5]! + dx);
      v[6] = round(v[6]! + dy);
    } else for (let i = 0; i + 1 < v.length; i += 2) [v[i], v[i + 1]] = [round(v[i]! + dx), round(v[i + 1]! + dy)];
    return command + v.join(',');
  });
}

const glyphs = new Map<string, string>();

/** Glyphs already moved into place, so a big batch can be written a slice per task ahead of its drawing. */
const placed = new Map<string, string>();
/** Past this many, the placed glyphs are forgotten (drags add one per actor and position). */
const MAX_PLACED = 20_000;

/** The actor's glyph at (x, y), as `actorSymbolPath` draws it around the origin. */
export function glyphAt(kind: ActorKind, r: number, x: number, y: number): string {
  const at = `${kind}:${r}:${x}:${y}`;
  const done = placed.get(at);
  if (done !== undefined) return done;
  const key = `${kind}:${r}`;
  let d = glyphs.get(key);
  if (d === undefined) glyphs.set(key, (d = actorSymbolPath(kind, r)));
  if (placed.size >= MAX_PLACED) placed.clear();
  const moved = translatePath(d, x, y);
  placed.set(at, moved);
  return moved;
}

/** The index of the actor whose disc (r plus `slack`) holds `q`, the nearest centre winning; else -1. */
export function nodeAt(q: Point, nodes: ReadonlyArray<Point & { r: number }>, slack: number): number {
  let best = -1;
  let bestDistance = Infinity;
  nodes.forEach((n, i) => {
    const d = Math.hypot(q.x - n.x, q.y - n.y);
    if (d <= n.r + slack && d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}
