// The static SVG is laid out by the app's own code: given the app's data (fetched with the client's own
// query and turned into entries by the client's own toEntries), the client layout puts every mark and
// label exactly where the SVG draws it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiTimelineItem } from '../../core/api/api-types.ts';
import { TIMELINE_QUERY } from '../../client/src/api/queries.ts';
import { toEntries } from '../../core/timeline/to-entries.ts';
import { windowToDomain } from '../../core/timeline/date-extent.ts';
import { layoutTimeline, type TimelineLayout } from '../../core/timeline/timeline-layout.ts';
import { TIMELINE_METRICS as M } from '../../core/timeline/timeline-metrics.ts';
import { gql } from '../support/gql.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { findAll, parseXml, type XmlElement } from './support/xml-tree.ts';

let app: RunningApp;
let items: ApiTimelineItem[];
beforeAll(async () => {
  app = await startApp();
  const r = await gql<{ timeline: { edges: Array<{ node: ApiTimelineItem }> } }>(app.url, TIMELINE_QUERY, {
    first: 500,
    after: null,
  });
  expect(r.errors).toBeUndefined();
  items = r.data!.timeline.edges.map((e) => e.node);
});
afterAll(() => app.close());

/** Where the SVG drew a mark's anchor, in chart coordinates. */
function drawnAnchor(mark: XmlElement): { x: number; y: number } {
  const n = (el: XmlElement, k: string) => Number(el.attrs[k]);
  const glyph = mark.children.find((c) => c.name === 'path');
  if (glyph) {
    // The quote glyph is 11.2 by 10 units, translated to (anchorX - 5.6, y - 5).
    const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(glyph.attrs.transform ?? '') ?? [];
    return { x: Number(x) + 5.6, y: Number(y) + 5 };
  }
  const circle = mark.children.find((c) => c.name === 'circle');
  if (circle) return { x: n(circle, 'cx'), y: n(circle, 'cy') };
  const bar = mark.children.find((c) => c.name === 'rect' && c.attrs.class === 'body')!;
  return { x: n(bar, 'x') + n(bar, 'width') / 2, y: n(bar, 'y') + n(bar, 'height') / 2 };
}

describe.each([
  ['actor', 1000],
  ['kind', 700],
] as const)('lanes by %s at %i pixels', (laneBy, width) => {
  let layout: TimelineLayout;
  let marks: XmlElement[];
  beforeAll(async () => {
    layout = layoutTimeline(toEntries(items), { width, domain: windowToDomain('2024-12-01', '2025-05-31'), laneBy });
    const res = await fetch(
      `${app.url}/export/timeline.svg?from=2024-12-01&to=2025-05-31&width=${width}&laneBy=${laneBy}`,
    );
    marks = findAll(parseXml(await res.text()), (el) => el.attrs['data-id'] !== undefined);
  });

  it('draws the same marks in the same order', () => {
    expect(marks.map((m) => m.attrs['data-id'])).toEqual(layout.marks.map((m) => m.id));
  });

  it('puts each mark where the app’s layout does', () => {
    for (const [i, m] of layout.marks.entries()) {
      const drawn = drawnAnchor(marks[i]!);
      const expected = m.shape === 'span' || (m.shape === 'range' && m.type === 'event') ? (m.x + m.x2) / 2 : m.anchorX;
      // The SVG rounds coordinates to 0.1 px, so a bar's middle may be off by up to 0.1.
      expect(Math.abs(drawn.x - expected), m.id).toBeLessThanOrEqual(0.11);
      expect(Math.abs(drawn.y - m.y), m.id).toBeLessThanOrEqual(0.11);
    }
  });

  it('writes the labels the app’s layout chose, in the same lanes', () => {
    for (const [i, m] of layout.marks.entries()) {
      const texts = marks[i]!.children.filter((c) => c.name === 'text').map((t) => t.text);
      expect(texts).toEqual(m.label ? [m.label.title, m.label.date] : []);
    }
    expect(laneBy === 'actor' ? layout.lanes.length : 0).toBeLessThanOrEqual(M.maxLanes);
  });
});
