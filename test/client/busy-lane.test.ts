// A busy lane: the seed article plus two reports of the same week (test/fixtures/busy-lane/). Claudia Sheinbaum's
// lane used to show ~20 marks and not one label; it now grows labelled rows, gathers what does not fit into a
// "+N" cluster that expands on request, and the print SVG labels every mark.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, DEFAULT_ARTICLES_DIR } from '../../server/article/load-articles.ts';
import { toTimelineEntries } from '../../core/timeline/domain-entries.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import type { Actor } from '../../core/domain/types.ts';
import { dataDomain, extentOf } from '../../core/timeline/date-extent.ts';
import { layoutTimeline, type TimelineLayout } from '../../core/timeline/timeline-layout.ts';
import type { TimelineEntry } from '../../core/timeline/timeline-entry.ts';
import { TIMELINE_METRICS as M } from '../../core/timeline/timeline-metrics.ts';
import { timelineItems } from '../support/full-timeline.ts';

export const BUSY_LANE_DIR = 'test/fixtures/busy-lane';
const LANE = 'claudia-sheinbaum';
let entries: TimelineEntry[];

beforeAll(async () => {
  const store = new MemoryStore(await loadArticles([DEFAULT_ARTICLES_DIR, BUSY_LANE_DIR]));
  const items = await timelineItems(store);
  const actors = await store.listActors({ kind: null, search: null, first: 500, after: null } as never);
  const byId = new Map<string, Actor>(actors.items.map((e) => [e.node.id, e.node]));
  entries = toTimelineEntries(items, byId);
});

function layout(width: number, expandedLanes?: ReadonlySet<string> | 'all'): TimelineLayout {
  const domain = dataDomain(entries.map((e) => extentOf(e.date)))!;
  return layoutTimeline(entries, { width, domain, laneBy: 'actor', ...(expandedLanes ? { expandedLanes } : {}) });
}

function laneMarks(l: TimelineLayout) {
  return l.marks.filter((m) => m.laneKey === LANE);
}

function expectNoOverlap(l: TimelineLayout): void {
  const boxes = l.marks.flatMap((m) =>
    m.label ? [{ id: m.id, left: m.label.left, right: m.label.right, top: m.y - 10, bottom: m.y + 18 }] : [],
  );
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
}

describe('a busy lane', () => {
  it('is busy: about twenty marks within a few weeks', () => {
    const l = layout(1000);
    expect(l.lanes.find((x) => x.key === LANE)).toBeDefined();
    expect(laneMarks(l).length).toBeGreaterThanOrEqual(20);
  });

  it.each([1000, 1340])('labels as many marks as its rows can hold at width %i, and says how many it gathered', (w) => {
    const l = layout(w);
    const marks = laneMarks(l);
    const labelled = marks.filter((m) => m.label);
    expect(labelled.length).toBeGreaterThanOrEqual(M.maxLabelledRows - 1);
    const lane = l.lanes.find((x) => x.key === LANE)!;
    expect(lane.overflow?.count).toBe(marks.length - labelled.length);
    // The unlabelled ones share the last row, where the cluster's label is.
    const lastRow = Math.max(...marks.map((m) => m.row));
    for (const m of marks.filter((x) => !x.label)) expect(m.row).toBe(lastRow);
    expectNoOverlap(l);
  });

  it('expanded, labels every mark without overlap, and the other lanes are unchanged', () => {
    const folded = layout(1000);
    const open = layout(1000, new Set([LANE]));
    const marks = laneMarks(open);
    expect(marks.every((m) => m.label)).toBe(true);
    expect(open.lanes.find((x) => x.key === LANE)!.overflow).toBeNull();
    expectNoOverlap(open);
    const others = (l: TimelineLayout) => l.marks.filter((m) => m.laneKey !== LANE).map((m) => [m.id, m.label?.title]);
    expect(others(open)).toEqual(others(folded));
  });

  it("the print SVG's layout ('all') labels every mark of every lane", () => {
    const l = layout(1200, 'all');
    expect(l.marks.every((m) => m.label)).toBe(true);
    expect(l.lanes.every((x) => x.overflow === null)).toBe(true);
  });
});
