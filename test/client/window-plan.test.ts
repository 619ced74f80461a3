// What the windowed timeline fetches: the prefetch margins, the bucket count, and the threshold between drawing
// the server's counts and fetching the window's items (core/timeline/window-plan.ts, density-answer.ts).
import { describe, expect, it } from 'vitest';
import { countTouching, occupiedSpan, windowDensity, type ApiDensity } from '../../core/timeline/density-answer.ts';
import { DAY_MS, dayStartMs } from '../../core/timeline/date-extent.ts';
import { WINDOW_ITEM_LIMIT, MAX_DENSITY_BUCKETS } from '../../core/timeline/window-plan.ts';
import { covers, densityBuckets, planWindow, prefetchRange, rangeToDays } from '../../core/timeline/window-plan.ts';

const day = (iso: string) => dayStartMs(iso);

/** Ten-day buckets from 2020-01-01 with these counts, one lane holding them all. */
function answer(counts: number[]): ApiDensity {
  const buckets = counts.map((_, i) => {
    const start = day('2020-01-01') + i * 10 * DAY_MS;
    return {
      start: new Date(start).toISOString().slice(0, 10),
      end: new Date(start + 9 * DAY_MS).toISOString().slice(0, 10),
    };
  });
  const total = counts.reduce((a, b) => a + b, 0);
  return { buckets, counts, lanes: [{ key: 'a', label: 'A', counts }], total };
}

const range = (n: number): [number, number] => [day('2020-01-01'), day('2020-01-01') + n * 10 * DAY_MS];

describe('the window plan', () => {
  it('widens the visible window by half its width on each side, inside the extent', () => {
    const extent: [number, number] = [0, 100];
    expect(prefetchRange([40, 60], extent)).toEqual([30, 70]);
    expect(prefetchRange([5, 25], extent)).toEqual([0, 35]);
    expect(prefetchRange([0, 100], extent)).toEqual([0, 100]);
  });

  it('says whether a loaded range covers a window', () => {
    expect(covers([0, 10], [2, 8])).toBe(true);
    expect(covers([0, 10], [2, 11])).toBe(false);
    expect(covers(null, [2, 8])).toBe(false);
  });

  it('asks for about one bucket per chart bin in view, never more than the server gives', () => {
    // 600 px of plot are 100 bins of 6 px; the range is twice the visible window.
    expect(densityBuckets([0, 200], [50, 150], 600)).toBe(200);
    expect(densityBuckets([0, 100_000], [0, 10], 600)).toBe(MAX_DENSITY_BUCKETS);
    expect(densityBuckets([0, 100], [0, 100], 1)).toBe(1);
  });

  it('turns a range into the whole days that cover it', () => {
    const r = rangeToDays([day('2020-01-01') + 5, day('2020-01-03') + 1]);
    expect(r).toEqual({ from: '2020-01-01', to: '2020-01-03', covered: [day('2020-01-01'), day('2020-01-04')] });
  });

  it('fetches the whole prefetch range when it holds few enough items', () => {
    const d = windowDensity(answer([100, 200, 300]), range(3));
    const visible: [number, number] = [day('2020-01-11'), day('2020-01-21')];
    expect(planWindow(d, visible)).toEqual({ kind: 'items', range: range(3) });
  });

  it('fetches only the visible window when the margins would take it over the limit', () => {
    const d = windowDensity(answer([WINDOW_ITEM_LIMIT, 10, WINDOW_ITEM_LIMIT]), range(3));
    const visible: [number, number] = [day('2020-01-11'), day('2020-01-21')];
    expect(planWindow(d, visible)).toEqual({ kind: 'items', range: visible });
  });

  it('draws the counts when the visible window alone holds more than the limit', () => {
    const d = windowDensity(answer([1, WINDOW_ITEM_LIMIT + 1, 1]), range(3));
    expect(planWindow(d, [day('2020-01-11'), day('2020-01-21')])).toEqual({ kind: 'density' });
    // The limit is inclusive.
    const exact = windowDensity(answer([1, WINDOW_ITEM_LIMIT, 1]), range(3));
    expect(planWindow(exact, [day('2020-01-11'), day('2020-01-21')]).kind).toBe('items');
  });

  it('counts a bucket the window only touches in full, the safe side of the limit', () => {
    const d = windowDensity(answer([5, 7, 11]), range(3));
    expect(countTouching(d, day('2020-01-15'), day('2020-01-16'))).toBe(7);
    expect(countTouching(d, day('2020-01-05'), day('2020-01-25'))).toBe(23);
    expect(countTouching(d, day('2020-03-01'), day('2020-04-01'))).toBe(0);
  });

  it('finds the days that hold items', () => {
    const d = windowDensity(answer([0, 3, 0, 4, 0]), range(5));
    expect(occupiedSpan(d)).toEqual([day('2020-01-11'), day('2020-02-10')]);
    expect(occupiedSpan(windowDensity(answer([0, 0]), range(2)))).toBeNull();
  });
});
