// A seeded linear congruential generator (the one d3-force uses internally), for reproducible layouts.
const A = 1664525;
const C = 1013904223;
const M = 4294967296;

export function lcg(seed: number): () => number {
  let s = (Math.floor(seed) >>> 0) % M;
  return () => (s = (A * s + C) % M) / M;
}
