// The chart and the overview strip drawn from the server's counts (core/timeline/counts-layout.ts,
// client/src/timeline/overview-layout.ts): bins where the buckets are, lanes that have some, the same totals.
import { describe, expect, it } from 'vitest';
import { windowDensity, type ApiDensity } from '../../core/timeline/density-answer.ts';
import { dayStartMs } from '../../core/timeline/date-extent.ts';
import { layoutCounts } from '../../core/timeline/counts-layout.ts';
import { timelinePicture } from '../../core/picture/timeline-picture.ts';
import { layoutOverview, layoutOverviewCounts } from '../../client/src/timeline/overview-layout.ts';

const answer: ApiDensity = {
  buckets: [
    { start: '2020-01-01', end: '2020-01-31' },
    { start: '2020-02-01', end: '2020-02-29' },
    { start: '2020-03-01', end: '2020-03-31' },
  ],
  counts: [4, 0, 9],
  lanes: [
    { key: 'ana', label: 'Ana', counts: [4, 0, 1] },
    { key: 'bo', label: 'Bo', counts: [0, 0, 8] },
    { key: 'cy', label: 'Cy', counts: [0, 0, 0] },
  ],
  total: 13,
};
const range: [number, number] = [dayStartMs('2020-01-01'), dayStartMs('2020-04-01')];
const density = windowDensity(answer, range);

describe('the chart from counts', () => {
  it('draws a bin per non-empty bucket and lane, in the lanes that have any, inside the plot', () => {
    const layout = layoutCounts(density, { width: 600, domain: range });
    expect(layout.mode).toBe('density');
    expect(layout.inView).toBe(13);
    expect(layout.lanes.map((l) => l.key)).toEqual(['ana', 'bo']);
    expect(layout.bins.map((b) => [b.laneKey, b.count])).toEqual([
      ['ana', 4],
      ['ana', 1],
      ['bo', 8],
    ]);
    for (const b of layout.bins) {
      expect(b.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(b.x2).toBeLessThanOrEqual(layout.plot.right + 0.001);
      expect(b.x2).toBeGreaterThan(b.x);
    }
    // One square-root scale across lanes: the busiest bin is the tallest.
    const tallest = layout.bins.reduce((a, b) => (b.height > a.height ? b : a));
    expect(tallest.count).toBe(8);
    expect(layout.marks).toEqual([]);
  });

  it('draws only the buckets the visible window touches, cut at its edges', () => {
    const layout = layoutCounts(density, { width: 600, domain: [dayStartMs('2020-03-10'), dayStartMs('2020-03-20')] });
    expect(layout.inView).toBe(9);
    expect(layout.bins.every((b) => b.start >= dayStartMs('2020-03-10') && b.end <= dayStartMs('2020-03-20'))).toBe(
      true,
    );
  });
});

describe('the overview strip from counts', () => {
  it('puts as many items under each bar as the entries would', () => {
    const bars = layoutOverviewCounts(density, { width: 600, extent: range }).bars;
    expect(bars.reduce((sum, b) => sum + b.count, 0)).toBe(13);
    expect(bars).toHaveLength(2);
    expect(layoutOverview([], { width: 600, extent: range }).bars).toEqual([]);
  });
});

describe('the picture of a chart drawn from counts', () => {
  it('draws the counts’ bins, not an empty timeline, though no entry was fetched', () => {
    const layout = layoutCounts(density, { width: 600, domain: range });
    const caption = { heading: 'h', summary: 's', sources: [] };
    const picture = timelinePicture({ entries: [], width: 600, domain: range, laneBy: 'actor', layout, ...caption });
    expect(picture.svg.match(/class="bin"/g)).toHaveLength(3);
    expect(picture.svg).not.toContain('Nothing on the timeline matches');
    const empty = timelinePicture({ entries: [], width: 600, domain: range, laneBy: 'actor', ...caption });
    expect(empty.svg).toContain('Nothing on the timeline matches');
  });
});
