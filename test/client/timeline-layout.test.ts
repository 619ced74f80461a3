import { describe, expect, it } from 'vitest';
import { layoutTimeline, type TimelineLayout } from '../../core/timeline/timeline-layout.ts';
import { TIMELINE_METRICS as M } from '../../core/timeline/timeline-metrics.ts';
import { dayStartMs, windowToDomain } from '../../core/timeline/date-extent.ts';
import type { TimelineEntry } from '../../core/timeline/timeline-entry.ts';
import { parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { ENTRIES } from './fixtures/seed-like.ts';

const DOMAIN = windowToDomain('2024-12-01', '2025-05-31');
const WIDTH = 1000;
const plotWidth = WIDTH - M.marginLeft - M.marginRight;
const xOf = (ms: number) => M.marginLeft + ((ms - DOMAIN[0]) / (DOMAIN[1] - DOMAIN[0])) * plotWidth;

function layout(
  entries: readonly TimelineEntry[] = ENTRIES,
  laneBy: 'actor' | 'kind' = 'actor',
  width = WIDTH,
): TimelineLayout {
  return layoutTimeline(entries, { width, domain: DOMAIN, laneBy });
}

function mark(l: TimelineLayout, id: string) {
  const m = l.marks.find((x) => x.id === id);
  if (!m) throw new Error(`no mark ${id}`);
  return m;
}

/** Boxes of the drawn text (title above, date below the mark centre) and mark bodies. */
function textBoxes(l: TimelineLayout) {
  return l.marks.flatMap((m) =>
    m.label ? [{ id: m.id, left: m.label.left, right: m.label.right, top: m.y - 10, bottom: m.y + 18 }] : [],
  );
}

describe('layoutTimeline', () => {
  it('draws exactly one mark per entry in the window', () => {
    const l = layout();
    expect(l.marks.map((m) => m.id).sort()).toEqual(ENTRIES.map((e) => e.id).sort());
    expect(l.mode).toBe('marks');
  });

  it('draws a month-precision event as a span over that month', () => {
    const m = mark(layout(), 'cartel-fto-designation');
    expect(m.shape).toBe('span');
    expect(m.x).toBeCloseTo(xOf(dayStartMs('2025-02-01')), 6);
    expect(m.x2).toBeCloseTo(xOf(dayStartMs('2025-03-01')), 6);
  });

  it('draws a day as a point in the middle of that day', () => {
    const m = mark(layout(), 'article-published');
    expect(m.shape).toBe('point');
    expect(m.anchorX).toBeCloseTo(xOf(dayStartMs('2025-05-05') + 43_200_000), 6);
  });

  it('draws an open start as a range from the visible left edge that fades toward it', () => {
    const m = mark(layout(), 'troop-proposal');
    expect(m).toMatchObject({ shape: 'range', fadeStart: true, fadeEnd: false, x: M.marginLeft });
    expect(m.x2).toBeCloseTo(xOf(dayStartMs('2025-05-06')), 6);
    expect(m.label?.date).toBe('on or before 5 May 2025');
  });

  it('draws an open end as a range to the visible right edge that fades toward it', () => {
    const m = mark(layout(), 'northcom-expansion');
    expect(m).toMatchObject({ shape: 'range', fadeStart: false, fadeEnd: true, x2: WIDTH - M.marginRight });
    expect(m.x).toBeCloseTo(xOf(dayStartMs('2025-01-01')), 6);
  });

  it('shows what touches the window, an open range counting at its known end (as the API does)', () => {
    const l = layoutTimeline(ENTRIES, {
      width: WIDTH,
      domain: windowToDomain('2025-01-01', '2025-02-28'),
      laneBy: 'actor',
    });
    const ids = l.marks.map((m) => m.id).sort();
    expect(ids).toEqual(['cartel-fto-designation', 'northcom-expansion', 'trump-january-directive']);
    expect(l.inView).toBe(ids.length);
    // The open end runs on past the window: it fades out at the right edge, with no cap there.
    expect(mark(l, 'northcom-expansion')).toMatchObject({ fadeEnd: true, clipStart: false, x2: WIDTH - M.marginRight });
    const long: TimelineEntry = { ...ENTRIES[0]!, id: 'long', date: parseFuzzyDate('2025-01/2025-05-05') };
    const late = layoutTimeline([...ENTRIES, long], {
      width: WIDTH,
      domain: windowToDomain('2025-05-01', '2025-05-31'),
      laneBy: 'actor',
    });
    expect(mark(late, 'troop-proposal')).toMatchObject({ shape: 'range', fadeStart: true, clipEnd: false });
    expect(mark(late, 'long')).toMatchObject({ shape: 'span', clipStart: true, clipEnd: false, x: M.marginLeft - 4 });
    expect(late.marks.map((m) => m.id)).not.toContain('northcom-expansion');
  });

  it('puts an entry in the lane of its first actor, or of its kind', () => {
    const byActor = layout();
    expect(mark(byActor, 'bukele-criticism').laneKey).toBe('nayib-bukele');
    expect(mark(byActor, 'cartel-fto-designation').laneKey).toBe('donald-trump');
    expect(byActor.lanes[0]?.label).toBe('Donald Trump');
    const byKind = layout(ENTRIES, 'kind');
    expect(mark(byKind, 'bukele-criticism').laneKey).toBe('statement');
    expect(byKind.lanes.at(-1)?.label).toBe('Statements');
    expect(byKind.lanes.map((l) => l.label)).toContain('Press conference');
  });

  it('stacks lanes top to bottom without gaps or overlaps, marks inside their lane', () => {
    const l = layout();
    let y = M.axisHeight;
    for (const lane of l.lanes) {
      expect(lane.y).toBe(y);
      y += lane.height;
      for (const m of l.marks.filter((x) => x.laneKey === lane.key)) {
        expect(m.y).toBeGreaterThan(lane.y + M.laneHeaderHeight);
        expect(m.y).toBeLessThan(lane.y + lane.height);
      }
    }
    expect(l.plot.bottom).toBe(y);
  });

  it.each([1000, 640, 360])('never overlaps label text at width %i', (width) => {
    for (const laneBy of ['actor', 'kind'] as const) {
      const boxes = textBoxes(layout(ENTRIES, laneBy, width));
      expect(boxes.length).toBeGreaterThan(0);
      for (const [i, a] of boxes.entries()) {
        expect(a.left).toBeGreaterThanOrEqual(M.marginLeft - 0.001);
        expect(a.right).toBeLessThanOrEqual(width - M.marginRight + 0.001);
        for (const b of boxes.slice(i + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
        }
      }
    }
  });

  it('labels marks with their title and the date label', () => {
    const m = mark(layout(), 'cartel-fto-designation');
    expect(m.label?.date).toBe('February 2025');
    expect(m.ariaLabel).toBe('Event: Trump designates cartels as foreign terrorist organisations, February 2025');
    expect(mark(layout(), 'bukele-criticism').label?.date).toBe('5 May 2025 · Nayib Bukele');
  });

  it('links a statement to the event it was made at', () => {
    const l = layout();
    const link = l.links.find((k) => k.statementId === 'sheinbaum-sovereignty');
    const event = mark(l, 'palace-press-conference');
    expect(link).toMatchObject({ eventId: 'palace-press-conference', x2: event.anchorX, y2: event.y });
  });

  it('gives the same answer whatever order the entries come in', () => {
    const reversed = layout([...ENTRIES].reverse());
    expect(reversed).toEqual(layout());
  });

  it('orders marks by time so keyboard focus follows the calendar', () => {
    const xs = layout().marks.map((m) => m.anchorX);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
  });

  it('switches to density bins above the threshold, counting every entry in view once', () => {
    const many: TimelineEntry[] = Array.from({ length: 1500 }, (_, i) => ({
      id: `e${i}`,
      type: 'event',
      title: `Event ${i}`,
      kind: i % 3 === 0 ? 'speech' : 'directive',
      date: parseFuzzyDate(`2025-0${1 + (i % 5)}-${String(1 + (i % 28)).padStart(2, '0')}`),
      actors: [],
      eventId: null,
    }));
    const l = layoutTimeline(many, { width: WIDTH, domain: DOMAIN, laneBy: 'kind' });
    expect(l.mode).toBe('density');
    expect(l.marks).toEqual([]);
    expect(l.bins.reduce((s, b) => s + b.count, 0)).toBe(1500);
    for (const b of l.bins) {
      const lane = l.lanes.find((x) => x.key === b.laneKey)!;
      expect(b.y).toBeGreaterThanOrEqual(lane.y);
      expect(b.y + b.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
    expect(layoutTimeline(many.slice(0, 900), { width: WIDTH, domain: DOMAIN, laneBy: 'kind' }).mode).toBe('marks');
  });

  it('labels axis ticks in UTC', () => {
    const ticks = layout().ticks;
    expect(ticks.map((t) => t.label)).toEqual(['Dec 2024', '2025', 'Feb', 'Mar', 'Apr', 'May']);
    expect(ticks[1]?.major).toBe(true);
    expect(ticks[1]?.x).toBeCloseTo(xOf(dayStartMs('2025-01-01')), 6);
  });
});
