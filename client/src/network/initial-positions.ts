// A cheap starting picture for big networks: each actor starts next to the actors it is linked to, so the
// force simulation only has to relax a rough layout rather than untangle a random spiral (fewer ticks).
import { lcg } from './lcg.ts';

export interface Positioned {
  id: string;
  x?: number | undefined;
  y?: number | undefined;
}

/**
 * Breadth-first from the busiest actors: an actor starts at the centroid of its already placed neighbours,
 * `spacing` (give or take half) away in a seeded random direction; each further component starts on a
 * sunflower spiral around the centre. Deterministic for the same nodes, edges and seed.
 */
export function seedPositions(
  nodes: readonly Positioned[],
  edges: ReadonlyArray<{ source: string; target: string }>,
  centre: { x: number; y: number },
  spacing: number,
  seed: number,
): void {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const neighbours: number[][] = nodes.map(() => []);
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    neighbours[s]!.push(t);
    neighbours[t]!.push(s);
  }
  const order = nodes.map((_, i) => i).sort((a, b) => neighbours[b]!.length - neighbours[a]!.length || a - b);
  const random = lcg(seed);
  const placed = new Uint8Array(nodes.length);
  const xs = new Float64Array(nodes.length);
  const ys = new Float64Array(nodes.length);
  let component = 0;
  for (const root of order) {
    if (placed[root]) continue;
    // The golden angle spreads component roots evenly; the radius grows with the square root, like d3's start.
    const angle = component * 2.399963;
    const radius = spacing * 4 * Math.sqrt(component++);
    xs[root] = centre.x + radius * Math.cos(angle);
    ys[root] = centre.y + radius * Math.sin(angle);
    placed[root] = 1;
    const queue = [root];
    for (let q = 0; q < queue.length; q++) {
      for (const v of neighbours[queue[q]!]!) {
        if (placed[v]) continue;
        let [sx, sy, count] = [0, 0, 0];
        for (const w of neighbours[v]!)
          if (placed[w]) {
            sx += xs[w]!;
            sy += ys[w]!;
            count++;
          }
        const a = random() * 2 * Math.PI;
        const d = spacing * (0.5 + random());
        xs[v] = sx / count + d * Math.cos(a);
        ys[v] = sy / count + d * Math.sin(a);
        placed[v] = 1;
        queue.push(v);
      }
    }
  }
  nodes.forEach((n, i) => {
    n.x = xs[i]!;
    n.y = ys[i]!;
  });
}
