// The embedded store's density index (server/store/memory/density-index.ts) counts most items by binary search over
// sorted days and tests only the uncertain ones; here it must give exactly what memory-density.ts gives by testing
// every item, on generated items of every precision (days, months, years, decades, open ends, longer spans,
// undated) around the edges of many windows, for each match mode and lane kind.
import { describe, expect, it } from 'vitest';
import type { FuzzyDate, Precision, TimelineItem } from '../../core/domain/types.ts';
import { sortKeyOf } from '../../core/dates/fuzzy-date.ts';
import type { DensityQuery } from '../../server/store/density.ts';
import { DensityIndex } from '../../server/store/memory/density-index.ts';
import { memoryDensity } from '../../server/store/memory/memory-density.ts';
import { dateMatches } from '../../server/store/window.ts';

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE = Date.parse('2000-01-01T00:00:00Z');
/** The windows tested, as day numbers. */
const WINDOWS: readonly (readonly [number, number])[] = [
  [0, 600],
  [-500, 9000],
  [100, 130],
  [150, 150],
  [40, 520],
  [450, 470],
  [590, 640],
];
const iso = (day: number) => new Date(BASE + day * 86_400_000).toISOString().slice(0, 10);

function dateOf(next: () => number, i: number): FuzzyDate | null {
  // Dense (several items a day) so that every edge day of a window holds items of every shape.
  const start = Math.floor(next() * 600);
  const shape = i % 9;
  const date = (earliest: string | null, latest: string | null, precision: Precision): FuzzyDate => ({
    edtf: 'x',
    earliest,
    latest,
    precision,
    label: 'x',
  });
  if (shape <= 2) return date(iso(start), iso(start), 'day');
  if (shape === 3) return date(iso(start), iso(start + 27 + Math.floor(next() * 5)), 'month');
  if (shape === 4) return date(iso(start), iso(start + 364 + Math.floor(next() * 37)), 'year');
  if (shape === 5) return date(iso(start), iso(start + 390 + Math.floor(next() * 5000)), 'year');
  if (shape === 6) return next() < 0.5 ? date(iso(start), null, 'open') : date(null, iso(start), 'open');
  if (shape === 7) {
    // Spans at the longest of each tier of the index and one past it, ending a day either side of a window's end
    // or starting a day either side of its start: where counting by anchor day alone would go wrong.
    const span = [30, 31, 32, 399, 400, 401, 4000, 4001][Math.floor(next() * 8)]!;
    const [from, to] = WINDOWS[Math.floor(next() * WINDOWS.length)]!;
    const shift = Math.floor(next() * 3) - 1;
    const first = next() < 0.5 ? to - span + shift : from - span + shift;
    return date(iso(first), iso(first + span), 'year');
  }
  return i % 18 === 8 ? null : date(iso(start), iso(start + Math.floor(next() * 3)), 'day');
}

function items(count: number): TimelineItem[] {
  const next = random(16);
  const actors = (n: number) => Array.from({ length: n }, () => `a${Math.floor(next() * next() * 40)}`);
  const list = Array.from({ length: count }, (_, i): TimelineItem => {
    const date = dateOf(next, i);
    const id = `i${i}`;
    if (i % 4 === 3)
      return { itemType: 'Statement', id, kind: 'CLAIM', speakerId: actors(1)[0]!, date } as unknown as TimelineItem;
    return {
      itemType: 'Event',
      id,
      kind: ['meeting', 'attack', 'treaty'][i % 3]!,
      date,
      // Twice the same actor sometimes (two roles): counted once in its lane.
      participants: actors(1 + Math.floor(next() * 3)).map((actorId) => ({ actorId, role: 'r' })),
    } as unknown as TimelineItem;
  });
  const key = (t: TimelineItem) => sortKeyOf(t.date);
  return list.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1));
}

describe('density index', () => {
  const all = items(4000);
  // Actor a39 does not exist: no lane, as in Neo4j.
  const actorName = (id: string) => (id === 'a39' ? null : `Actor ${id}`);
  const index = new DensityIndex(all, actorName);

  it('answers as a pass over every matching item does, at the edges of many windows', () => {
    const windows = WINDOWS.map(([from, to]) => ({ from: iso(from), to: iso(to) }));
    let nonEmpty = 0;
    for (const window of windows)
      for (const match of ['OVERLAPS', 'POSSIBLY', 'WITHIN'] as const)
        for (const laneBy of ['ACTOR', 'KIND'] as const)
          for (const [buckets, lanes] of [
            [200, 10],
            [7, 100],
          ] as const) {
            const q: DensityQuery = { window, match, actorIds: [], buckets, laneBy, lanes };
            const matching = all.filter((t) => dateMatches(t.date, window, match));
            const expected = memoryDensity(matching, q, actorName);
            expect(index.density(q), JSON.stringify(q)).toEqual(expected);
            if (expected.total > 0) nonEmpty++;
          }
    expect(nonEmpty).toBeGreaterThan(60);
  });
});
