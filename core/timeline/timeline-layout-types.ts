// The shapes a timeline layout hands to whatever draws it (the app's d3 view, the picture builder): lanes, marks,
// links, bins and the options that produce them. Types only; timeline-layout.ts computes them.
import type { Precision } from '../domain/types.ts';
import type { ClaimRange } from './claim-ranges.ts';
import type { DensityBin } from './density-bins.ts';
import type { MarkShape, PlotBounds } from './mark-geometry.ts';
import type { MarkLabel } from './mark-label.ts';
import type { EntryType, LaneBy } from './timeline-entry.ts';
import type { LaneSpec } from './timeline-lanes.ts';
import type { AxisTick } from './time-ticks.ts';

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
