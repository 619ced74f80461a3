// The timeline as positions: entries + width + visible window in, lanes, marks, labels, connectors,
// density bins and axis ticks out. Pure (no DOM, no browser globals) so the server can reuse it for SVG.
// The shapes it returns are in timeline-layout-types.ts, the words on a mark in mark-text.ts, and the
// layout past the density threshold in density-layout.ts.
import { scaleUtc } from 'd3-scale';
import { claimRanges } from './claim-ranges.ts';
import { extentOf } from './date-extent.ts';
import { densityLayout } from './density-layout.ts';
import { frameOf } from './layout-frame.ts';
import { markGeometry } from './mark-geometry.ts';
import { placeLabel, type MarkLabel } from './mark-label.ts';
import { ariaLabelOf, dateLine, titleLine } from './mark-text.ts';
import { packRows } from './row-packing.ts';
import type { TimelineEntry } from './timeline-entry.ts';
import { indexTimeline, forEachInWindow, type TimelineIndex } from './timeline-index.ts';
import type {
  TimelineLane,
  TimelineLayout,
  TimelineLayoutOptions,
  TimelineLink,
  TimelineMark,
} from './timeline-layout-types.ts';
import { TIMELINE_METRICS as M } from './timeline-metrics.ts';

// What callers draw from: the app and the picture builder import the shapes from here with the function.
export type * from './timeline-layout-types.ts';
export { ariaLabelOf } from './mark-text.ts';

interface Placed {
  entry: TimelineEntry;
  laneKey: string;
  geometry: ReturnType<typeof markGeometry>;
  label: MarkLabel | null;
  anchorMs: number;
}

export function layoutTimeline(entries: readonly TimelineEntry[], options: TimelineLayoutOptions): TimelineLayout {
  return layoutIndexedTimeline(indexTimeline(entries, options.laneBy, M.maxLanes), options);
}

/**
 * The same layout from entries indexed beforehand: what the browser view calls on every zoom frame, so only
 * what is in view is read (and, above the density threshold, only counted).
 */
export function layoutIndexedTimeline(
  index: TimelineIndex,
  options: Omit<TimelineLayoutOptions, 'laneBy'>,
): TimelineLayout {
  const { width } = options;
  const { entries, lanes: laneSpecs } = index;
  const domain: [number, number] = [options.domain[0], options.domain[1]];
  const plot = { left: M.marginLeft, right: Math.max(M.marginLeft + 40, width - M.marginRight) };
  const scale = scaleUtc().domain(domain).range([plot.left, plot.right]);
  const x = (ms: number) => scale(ms);
  const clampToDomain = (ms: number) => Math.min(domain[1] - 1, Math.max(domain[0], ms));

  const inWindow: number[] = [];
  forEachInWindow(index, domain[0], domain[1], (i) => inWindow.push(i));
  const density = inWindow.length > (options.densityThreshold ?? M.densityThreshold);
  if (density) return densityLayout(index, inWindow, { width, domain, plot, scale });

  const byLane = new Map<string, Placed[]>();
  for (const i of inWindow) {
    const spec = laneSpecs[index.lane[i]!];
    if (!spec) continue;
    const entry = entries[i]!;
    const geometry = markGeometry(entry.type, entry.date.precision, extentOf(entry.date), x, plot);
    const p: Placed = { entry, laneKey: spec.key, geometry, label: null, anchorMs: clampToDomain(index.anchor[i]!) };
    const list = byLane.get(spec.key);
    if (list) list.push(p);
    else byLane.set(spec.key, [p]);
  }

  const lanes: TimelineLane[] = [];
  const marks: TimelineMark[] = [];
  let cursor = M.axisHeight;
  for (const spec of laneSpecs) {
    const placed = byLane.get(spec.key);
    if (!placed) continue;
    const top = cursor;
    const rowsTop = top + M.laneHeaderHeight;
    // Ties (typically many ranges open to the left edge) put events above the statements made at them.
    placed.sort(
      (a, b) =>
        a.geometry.x - b.geometry.x ||
        (a.entry.type === b.entry.type ? 0 : a.entry.type === 'event' ? -1 : 1) ||
        a.anchorMs - b.anchorMs ||
        (a.entry.id < b.entry.id ? -1 : 1),
    );
    for (const p of placed) p.label = placeLabel(titleLine(p.entry), dateLine(p.entry), p.geometry, plot);
    const packed = packRows(
      placed.map((p) => ({
        start: Math.min(p.geometry.x, p.label?.left ?? Infinity),
        end: Math.max(p.geometry.x2, p.label?.right ?? -Infinity),
      })),
      M.rowGap,
    );
    // A lane grows rows so each mark keeps its label, up to the limit; past it, the marks that would need more
    // rows lose their labels and share the last row (still drawn, focusable, with tooltips): the "+N" cluster.
    const expanded = options.expandedLanes === 'all' || options.expandedLanes?.has(spec.key) === true;
    const limit = expanded ? Infinity : M.maxLabelledRows;
    const rowCount = Math.min(packed.count, limit);
    const rowHeight = M.rowHeight;
    const lastRow = rowCount - 1;
    let overflowCount = 0;
    let overflowX = Infinity;
    placed.forEach((p, i) => {
      const packedRow = packed.rows[i] ?? 0;
      const row = packedRow >= lastRow && packed.count > limit ? lastRow : packedRow;
      if (packed.count > limit && packedRow >= lastRow) {
        p.label = null;
        overflowCount++;
        overflowX = Math.min(overflowX, p.geometry.x);
      }
      const { entry, geometry } = p;
      marks.push({
        id: entry.id,
        type: entry.type,
        shape: geometry.shape,
        kind: entry.kind,
        precision: entry.date.precision,
        laneKey: spec.key,
        row,
        x: geometry.x,
        x2: geometry.x2,
        anchorX: geometry.anchorX,
        y: rowsTop + row * rowHeight + 12,
        fadeStart: geometry.fadeStart,
        fadeEnd: geometry.fadeEnd,
        clipStart: geometry.clipStart,
        clipEnd: geometry.clipEnd,
        title: entry.title,
        dateLabel: entry.date.label,
        ariaLabel: ariaLabelOf(entry),
        label: p.label,
        eventId: entry.eventId,
        paraphrase: entry.statementKind === 'PARAPHRASE',
        disputed: entry.disputes?.map((d) => d.field) ?? [],
        claimRanges: entry.disputes ? claimRanges(entry, x, plot) : [],
      });
    });
    const overflow =
      overflowCount > 0 ? { count: overflowCount, x: overflowX, y: rowsTop + lastRow * rowHeight + 12 } : null;
    const height = M.laneHeaderHeight + rowCount * rowHeight + M.laneGap;
    lanes.push({ ...spec, y: top, headerY: top + 14, height, overflow });
    cursor += height;
  }

  const byId = new Map(marks.map((m) => [m.id, m]));
  const links: TimelineLink[] = [];
  for (const m of marks) {
    const target = m.eventId ? byId.get(m.eventId) : undefined;
    if (m.type !== 'statement' || !target) continue;
    links.push({
      id: `${m.id}->${target.id}`,
      statementId: m.id,
      eventId: target.id,
      x1: m.anchorX,
      y1: m.y,
      x2: target.anchorX,
      y2: target.y,
    });
  }

  // Marks are drawn in time order so the DOM (and so keyboard order) follows the calendar.
  marks.sort((a, b) => a.anchorX - b.anchorX || a.y - b.y || (a.id < b.id ? -1 : 1));
  return {
    ...frameOf(width, domain, plot, scale, cursor),
    mode: 'marks',
    inView: inWindow.length,
    lanes,
    marks,
    links,
    bins: [],
  };
}
