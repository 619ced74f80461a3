// Contract cases for timelineDensity: its counts are checked against the items timeline lists for the same
// filters, bucketed here from the answer's own bucket edges, so both adapters must agree with their timeline.
import { describe, expect, it } from 'vitest';
import { sortKeyOf } from '../../core/dates/fuzzy-date.ts';
import type { TimelineItem } from '../../core/domain/types.ts';
import type { Density, DensityLaneBy } from '../../server/store/density.ts';
import type { DateMatch, GraphStore } from '../../server/store/store.ts';

interface Filters {
  window: { from: string; to: string };
  match: DateMatch;
  actorIds: string[];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** What density should say, from timeline's items: anchor = sortKey moved into the window, then its bucket. */
function expectedFrom(items: TimelineItem[], d: Density, f: Filters, laneBy: DensityLaneBy) {
  const bucketOf = (t: TimelineItem) => {
    const key = sortKeyOf(t.date);
    const day = key < f.window.from ? f.window.from : key > f.window.to ? f.window.to : key;
    const i = d.buckets.findIndex((b) => b.start <= day && day <= b.end);
    expect(i, `bucket of ${t.id}`).toBeGreaterThanOrEqual(0);
    return i;
  };
  const zero = () => new Array<number>(d.buckets.length).fill(0);
  const counts = zero();
  const lanes = new Map<string, number[]>();
  const precisions = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, key: string, b: number) => {
    if (!m.has(key)) m.set(key, zero());
    m.get(key)![b]! += 1;
  };
  for (const t of items) {
    const b = bucketOf(t);
    counts[b]! += 1;
    add(precisions, t.date.precision, b);
    const keys =
      laneBy === 'KIND'
        ? [t.itemType === 'Event' ? t.kind : t.kind.toLowerCase()]
        : t.itemType === 'Event'
          ? [...new Set(t.participants.map((p) => p.actorId))]
          : [t.speakerId];
    for (const k of keys) if (f.actorIds.length === 0 || f.actorIds.includes(k) || laneBy === 'KIND') add(lanes, k, b);
  }
  return { counts, lanes, precisions };
}

export function describeDensityContract(storeOf: () => GraphStore) {
  describe('timeline density', () => {
    const itemsOf = async (f: Filters) => {
      const page = await storeOf().timeline({ ...f, first: 500, after: null });
      expect(page.hasNextPage).toBe(false);
      return { items: page.items.map((i) => i.node), totalCount: page.totalCount };
    };

    const cases: Array<Filters & { laneBy: DensityLaneBy; buckets: number }> = [
      {
        window: { from: '2024-01-01', to: '2025-12-31' },
        match: 'OVERLAPS',
        actorIds: [],
        laneBy: 'KIND',
        buckets: 24,
      },
      {
        window: { from: '2025-02-01', to: '2025-02-28' },
        match: 'OVERLAPS',
        actorIds: [],
        laneBy: 'ACTOR',
        buckets: 7,
      },
      {
        window: { from: '2025-03-01', to: '2025-05-06' },
        match: 'POSSIBLY',
        actorIds: [],
        laneBy: 'ACTOR',
        buckets: 10,
      },
      {
        window: { from: '2025-01-15', to: '2025-05-06' },
        match: 'WITHIN',
        actorIds: [],
        laneBy: 'KIND',
        buckets: 1000,
      },
      {
        window: { from: '2000-01-01', to: '2030-12-31' },
        match: 'OVERLAPS',
        actorIds: ['donald-trump', 'mexico'],
        laneBy: 'ACTOR',
        buckets: 200,
      },
      { window: { from: '2024-01-01', to: '2024-01-31' }, match: 'POSSIBLY', actorIds: [], laneBy: 'KIND', buckets: 3 },
    ];

    for (const c of cases) {
      it(`${c.match} ${c.window.from}..${c.window.to} by ${c.laneBy}${c.actorIds.length ? ' for some actors' : ''}: the counts of timeline's items`, async () => {
        const { items, totalCount } = await itemsOf(c);
        const d = await storeOf().timelineDensity({ ...c, lanes: 100 });
        expect(d.total).toBe(totalCount);
        expect(sum(d.counts)).toBe(d.total);
        const expected = expectedFrom(items, d, c, c.laneBy);
        expect(d.counts).toEqual(expected.counts);
        expect(new Map(d.precisions.map((p) => [p.key, p.counts]))).toEqual(expected.precisions);
        expect(new Map(d.lanes.map((l) => [l.key, l.counts]))).toEqual(expected.lanes);
        // Busiest lane first, ties by key.
        const order = d.lanes.map((l) => [-sum(l.counts), l.key] as const);
        expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)));
      });
    }

    it('cuts the window into at most the requested buckets of whole days, edge to edge', async () => {
      const d = await storeOf().timelineDensity({
        window: { from: '2025-01-01', to: '2025-12-31' },
        match: 'OVERLAPS',
        actorIds: [],
        buckets: 12,
        laneBy: 'KIND',
        lanes: 5,
      });
      // 365 days in 12 buckets: 31 days each, the last 24.
      expect(d.buckets).toHaveLength(12);
      expect(d.buckets[0]).toEqual({ start: '2025-01-01', end: '2025-01-31' });
      expect(d.buckets[1]).toEqual({ start: '2025-02-01', end: '2025-03-03' });
      expect(d.buckets[11]).toEqual({ start: '2025-12-08', end: '2025-12-31' });
      expect(d.lanes.length).toBeLessThanOrEqual(5);
      expect(d.counts).toHaveLength(12);
      for (const l of [...d.lanes, ...d.precisions]) expect(l.counts).toHaveLength(12);
      const one = await storeOf().timelineDensity({
        window: { from: '2025-05-05', to: '2025-05-05' },
        match: 'OVERLAPS',
        actorIds: [],
        buckets: 1000,
        laneBy: 'KIND',
        lanes: 5,
      });
      expect(one.buckets).toEqual([{ start: '2025-05-05', end: '2025-05-05' }]);
    });

    it('counts a month-precision event once, on its first day, in the month layer', async () => {
      const d = await storeOf().timelineDensity({
        window: { from: '2025-02-01', to: '2025-02-28' },
        match: 'WITHIN',
        actorIds: [],
        buckets: 28,
        laneBy: 'KIND',
        lanes: 100,
      });
      // The FTO designation is dated "2025-02": the only item known just to the month of February.
      expect(d.precisions.find((p) => p.key === 'month')?.counts[0]).toBe(1);
      expect(sum(d.precisions.find((p) => p.key === 'month')!.counts)).toBe(1);
    });

    it('keeps the busiest actor lanes and labels them with names', async () => {
      const q = {
        window: { from: '2024-01-01', to: '2025-12-31' },
        match: 'OVERLAPS' as const,
        actorIds: [],
        buckets: 24,
        laneBy: 'ACTOR' as const,
      };
      const all = await storeOf().timelineDensity({ ...q, lanes: 100 });
      const two = await storeOf().timelineDensity({ ...q, lanes: 2 });
      expect(two.lanes).toEqual(all.lanes.slice(0, 2));
      expect(two.total).toBe(all.total);
      const [actor] = await storeOf().getActors([two.lanes[0]!.key]);
      expect(two.lanes[0]!.label).toBe(actor!.name);
    });

    it('an empty window answers zero counts and no lanes', async () => {
      const d = await storeOf().timelineDensity({
        window: { from: '1900-01-01', to: '1900-12-31' },
        match: 'OVERLAPS',
        actorIds: [],
        buckets: 4,
        laneBy: 'ACTOR',
        lanes: 10,
      });
      expect(d).toMatchObject({ total: 0, counts: [0, 0, 0, 0], lanes: [], precisions: [] });
    });
  });
}
