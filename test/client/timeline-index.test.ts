import { describe, expect, it } from 'vitest';
import { DAY_MS, extentOf, overlapsWindow, windowToDomain } from '../../core/timeline/date-extent.ts';
import { forEachInWindow, indexTimeline, sortByFrom } from '../../core/timeline/timeline-index.ts';
import type { TimelineEntry } from '../../core/timeline/timeline-entry.ts';
import { layoutTimeline } from '../../core/timeline/timeline-layout.ts';
import { parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { ACTORS, ENTRIES } from './fixtures/seed-like.ts';

/** Days, months, open ranges both ways, multi-month intervals and an undated item, across 2024-2025. */
function mixedEntries(): TimelineEntry[] {
  const actors = Object.values(ACTORS);
  const dates: string[] = [];
  for (let i = 0; i < 400; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const year = 2024 + (i % 2);
    dates.push(
      [
        `${year}-${month}-${day}`,
        `${year}-${month}`,
        `../${year}-${month}-${day}`,
        `${year}-${month}-${day}/..`,
        `${year}-${month}/${year + 1}-${month}-${day}`,
      ][i % 5]!,
    );
  }
  const entries: TimelineEntry[] = dates.map((edtf, i) => ({
    id: `e${i}`,
    type: i % 3 === 0 ? 'statement' : 'event',
    title: `Item ${i}`,
    kind: i % 3 === 0 ? 'statement' : 'meeting',
    date: parseFuzzyDate(edtf),
    actors: [actors[i % actors.length]!],
    eventId: null,
  }));
  const undated = { ...parseFuzzyDate('2025-01-01'), earliest: null, latest: null, label: 'date unknown' };
  return [...entries, { ...entries[0]!, id: 'undated', date: undated }];
}

describe('forEachInWindow', () => {
  const entries = mixedEntries();
  const index = indexTimeline(entries, 'actor', 12);

  it('finds exactly the entries whose date touches the window, as the API’s OVERLAPS does', () => {
    for (const [from, to] of [
      ['2024-01-01', '2025-12-31'],
      ['2024-03-10', '2024-03-10'],
      ['2024-06-01', '2024-08-31'],
      ['2025-02-28', '2025-03-01'],
      ['2023-01-01', '2023-12-31'],
      ['2026-06-01', '2027-01-01'],
    ] as const) {
      const [a, b] = windowToDomain(from, to);
      const found: string[] = [];
      forEachInWindow(index, a, b, (i) => found.push(entries[i]!.id));
      const expected = entries.filter((e) => overlapsWindow(extentOf(e.date), a, b)).map((e) => e.id);
      expect(found.sort(), `${from}..${to}`).toEqual(expected.sort());
    }
  });

  it('numbers each entry’s lane by its position in the lane list', () => {
    entries.forEach((e, i) => expect(index.lanes[index.lane[i]!]?.key).toBe(e.actors[0]!.id));
  });
});

describe('layoutTimeline over the index', () => {
  it('counts every entry in view once in the density bins, whichever lane it is in', () => {
    const entries = mixedEntries();
    const domain = windowToDomain('2024-01-01', '2025-12-31');
    const l = layoutTimeline(entries, { width: 1000, domain, laneBy: 'kind', densityThreshold: 10 });
    const inView = entries.filter((e) => overlapsWindow(extentOf(e.date), domain[0], domain[1])).length;
    expect(l.mode).toBe('density');
    expect(l.inView).toBe(inView);
    expect(l.bins.reduce((s, b) => s + b.count, 0)).toBe(inView);
    expect(new Set(l.bins.map((b) => b.laneKey))).toEqual(new Set(['meeting', 'statement']));
  });

  it('gives the same marks whatever order the entries come in', () => {
    const domain = windowToDomain('2024-12-01', '2025-05-31');
    const forward = layoutTimeline(ENTRIES, { width: 1000, domain, laneBy: 'actor' });
    const backward = layoutTimeline([...ENTRIES].reverse(), { width: 1000, domain, laneBy: 'actor' });
    expect(backward.marks).toEqual(forward.marks);
  });
});

describe('sortByFrom', () => {
  const stable = (ids: number[], from: Float64Array) => [...ids].sort((a, b) => from[a]! - from[b]!);

  it('orders positions by their day, ties by position, as a stable comparator sort does (before 1970 too)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const from = Float64Array.from({ length: 5000 }, () => Math.floor(random() * 400 - 200) * DAY_MS);
    const ids = Array.from({ length: 5000 }, (_, i) => i).filter((i) => i % 7 !== 3);
    expect([...sortByFrom(ids, from)]).toEqual(stable(ids, from));
  });

  it('falls back to the comparator when a value is not a UTC midnight', () => {
    const from = Float64Array.from([3 * DAY_MS, DAY_MS + 1, DAY_MS, 3 * DAY_MS]);
    expect([...sortByFrom([0, 1, 2, 3], from)]).toEqual([2, 1, 0, 3]);
  });
});
