// Fitting a big network into its box shrinks distances but not node sizes, so the busiest actors can end
// up drawn on top of each other; a few small pushes in screen space keep the hubs apart.

export interface Disc {
  x?: number | undefined;
  y?: number | undefined;
  r: number;
}

/** Pushes overlapping pairs among `hubs` apart (gap 2 px), staying inside the box. Deterministic. */
export function separateHubs(hubs: readonly Disc[], width: number, height: number, rounds = 20): void {
  const clamp = (v: number, r: number, max: number) => Math.max(r, Math.min(max - r, v));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < hubs.length; i++)
      for (let j = i + 1; j < hubs.length; j++) {
        const a = hubs[i]!;
        const b = hubs[j]!;
        let dx = (b.x ?? 0) - (a.x ?? 0);
        let dy = (b.y ?? 0) - (a.y ?? 0);
        let d = Math.hypot(dx, dy);
        const need = a.r + b.r + 2;
        if (d >= need) continue;
        // Coincident centres: a fixed direction per pair, so the result stays reproducible.
        if (d === 0) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        const push = (need - d) / 2 / d;
        a.x = clamp((a.x ?? 0) - dx * push, a.r, width);
        a.y = clamp((a.y ?? 0) - dy * push, a.r, height);
        b.x = clamp((b.x ?? 0) + dx * push, b.r, width);
        b.y = clamp((b.y ?? 0) + dy * push, b.r, height);
        moved = true;
      }
    if (!moved) return;
  }
}
