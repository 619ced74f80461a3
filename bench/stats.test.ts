// The bench's summary statistics: a client figure is the median over page loads, field by field.
import { describe, expect, it } from 'vitest';
import { medianRecord, percentile } from './stats.ts';

describe('bench statistics', () => {
  it('percentile is nearest-rank: the 95th of 66 frames is the 4th worst', () => {
    const frames = Array.from({ length: 66 }, (_, i) => i + 1);
    expect(percentile(frames, 95)).toBe(63);
    expect(percentile(frames, 50)).toBe(33);
  });

  it('medianRecord takes each numeric field’s median on its own, and everything else from the first run', () => {
    const runs = [
      { actors: 2000, settleMs: 2400, longestTaskMs: 80, label: 'a', completeMs: null },
      { actors: 2000, settleMs: 2600, longestTaskMs: 30, label: 'b', completeMs: null },
      { actors: 2000, settleMs: 2500, longestTaskMs: 40, label: 'c', completeMs: null },
    ];
    expect(medianRecord(runs)).toEqual({
      actors: 2000,
      settleMs: 2500,
      longestTaskMs: 40,
      label: 'a',
      completeMs: null,
    });
  });

  it('refuses no runs', () => {
    expect(() => medianRecord([])).toThrow(/at least one run/);
  });
});
