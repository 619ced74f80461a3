// The timeline as positions: entries + width + visible window in, lanes, marks, labels, connectors,
// density bins and axis ticks out. Pure (no DOM, no browser globals) so the server can reuse it for SVG.
import { statementTitle } from '../text/statement-text.ts';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Precision } from '../domain/types.ts';
import { claimRanges, type ClaimRange } from './claim-ranges.ts';
import { extentOf } from './date-extent.ts';
import { disputeSentence } from './entry-dispute.ts';
import { densityBinCount, densityBins, type DensityBin } from './density-bins.ts';
import { markGeometry, type MarkShape, type PlotBounds } from './mark-geometry.ts';
import { placeLabel, type MarkLabel } from './mark-label.ts';
import { packRows } from './row-packing.ts';
import type { EntryType, LaneBy, TimelineEntry } from './timeline-entry.ts';
import { indexTimeline, forEachInWindow, type TimelineIndex } from './timeline-index.ts';
import type { LaneSpec } from './timeline-lanes.ts';
import { TIMELINE_METRICS as M } from './timeline-metrics.ts';
import { timeTicks, type AxisTick } from './time-ticks.ts';

export interface TimelineLayoutOptions {
  width: number;
  /** Visible window, UTC ms, end exclusive. */
  domain: readonly [number, number];
  laneBy: LaneBy;
  /** Above this many entries in view, lanes show density bins instead of marks. */
  densityThreshold?: number;
  /**
   * Lanes (by key) that grow as many labelled rows as their marks need, or 'all' (the print SVG). Others stop at
   * maxLabelledRows and gather the rest, unlabelled, into their last row: the lane's overflow cluster.
   */
  expandedLanes?: ReadonlySet<string> | 'all';
}

/** Marks a busy lane could not label in its rows, gathered in its last row: "+N", expanded on request. */
export interface LaneOverflow {
  count: number;
  /** Where the cluster's label goes: the start of the last row. */
  x: number;
  y: number;
}

export interface TimelineLane extends LaneSpec {
  /** Top of the lane, the baseline of its header, and its full height. */
  y: number;
  headerY: number;
  height: number;
  /** Marks gathered unlabelled in the last row because the lane hit its row limit; null when all fit. */
  overflow: LaneOverflow | null;
}

export interface TimelineMark {
  id: string;
  type: EntryType;
  shape: MarkShape;
  kind: string;
  precision: Precision;
  laneKey: string;
  row: number;
  x: number;
  x2: number;
  anchorX: number;
  y: number;
  fadeStart: boolean;
  fadeEnd: boolean;
  /** The body continues beyond the plot's left / right edge. */
  clipStart: boolean;
  clipEnd: boolean;
  /** Full title and date label, for tooltips; `label` is what is written on the chart, if anything. */
  title: string;
  dateLabel: string;
  ariaLabel: string;
  label: MarkLabel | null;
  eventId: string | null;
  /** A statement in the article's words, not the speaker's: drawn without quotation marks, in italics. */
  paraphrase: boolean;
  /** Fields its sources disagree on (empty: none), and each source's range when the date is one. */
  disputed: string[];
  claimRanges: ClaimRange[];
}

/** A statement joined to the event it was made at. */
export interface TimelineLink {
  id: string;
  statementId: string;
  eventId: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  domain: [number, number];
  plot: PlotBounds & { top: number; bottom: number };
  mode: 'marks' | 'density';
  /** Entries whose date touches the window (the API's OVERLAPS), drawn as marks or counted in bins. */
  inView: number;
  lanes: TimelineLane[];
  marks: TimelineMark[];
  links: TimelineLink[];
  bins: DensityBin[];
  ticks: AxisTick[];
}

export function ariaLabelOf(entry: TimelineEntry): string {
  const disputed = entry.disputes?.length ? `. ${disputeSentence(entry.disputes)}` : '';
  if (entry.type === 'statement') {
    const speaker = entry.actors[0]?.name ?? 'unknown speaker';
    const how = entry.statementKind === 'QUOTE' ? '' : ', paraphrased';
    return `Statement by ${speaker}${how}: ${statementTitle(entry.title, entry.statementKind ?? 'PARAPHRASE')}, ${entry.date.label}${disputed}`;
  }
  return `Event: ${entry.title}, ${entry.date.label}${disputed}`;
}

/** The second label line: the date, for a statement who said it, and whether its sources disagree. */
function dateLine(entry: TimelineEntry): string {
  const speaker = entry.type === 'statement' ? entry.actors[0]?.name : undefined;
  const line = speaker ? `${entry.date.label} · ${speaker}` : entry.date.label;
  return entry.disputes?.length ? `${line} · disputed` : line;
}

function titleLine(entry: TimelineEntry): string {
  return entry.type === 'statement' ? statementTitle(entry.title, entry.statementKind ?? 'PARAPHRASE') : entry.title;
}

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

/** What both layouts share: the chart's size, plot area and axis ticks, once the lanes end at `cursor`. */
function frameOf(
  width: number,
  domain: [number, number],
  plot: PlotBounds,
  scale: ScaleTime<number, number>,
  cursor: number,
): Pick<TimelineLayout, 'width' | 'height' | 'domain' | 'plot' | 'ticks'> {
  const bottom = Math.max(cursor, M.axisHeight + 40);
  return {
    width,
    height: bottom + M.bottomPadding,
    domain,
    plot: { ...plot, top: M.axisHeight, bottom },
    ticks: timeTicks(scale, Math.min(110, (plot.right - plot.left) / 5)),
  };
}

/** Above the threshold: each lane shown is a band of counts, and nothing is placed one by one. */
function densityLayout(
  index: TimelineIndex,
  inWindow: readonly number[],
  frame: {
    width: number;
    domain: [number, number];
    plot: PlotBounds;
    scale: ScaleTime<number, number>;
  },
): TimelineLayout {
  const { width, domain, plot, scale } = frame;
  const laneCount = index.lanes.length;
  const binCount = densityBinCount(plot);
  const counts = new Uint32Array(laneCount * binCount);
  // Linear in time, as the scale is; written out because this runs for every entry in view.
  const k = (plot.right - plot.left) / (domain[1] - domain[0]);
  for (const i of inWindow) {
    const lane = index.lane[i]!;
    if (lane < 0) continue;
    const ms = Math.min(domain[1] - 1, Math.max(domain[0], index.anchor[i]!));
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor(((ms - domain[0]) * k) / M.binWidth)));
    counts[lane * binCount + bin]!++;
  }
  const lanes: TimelineLane[] = [];
  const bands: Array<{ lane: number; key: string; top: number; height: number }> = [];
  let cursor = M.axisHeight;
  index.lanes.forEach((spec, lane) => {
    if (!counts.subarray(lane * binCount, (lane + 1) * binCount).some((c) => c > 0)) return;
    const height = M.laneHeaderHeight + M.densityHeight + M.laneGap;
    bands.push({ lane, key: spec.key, top: cursor + M.laneHeaderHeight, height: M.densityHeight });
    lanes.push({ ...spec, y: cursor, headerY: cursor + 14, height, overflow: null });
    cursor += height;
  });
  return {
    ...frameOf(width, domain, plot, scale, cursor),
    mode: 'density',
    inView: inWindow.length,
    lanes,
    marks: [],
    links: [],
    bins: densityBins(counts, binCount, bands, plot, (px) => scale.invert(px).getTime()),
  };
}
