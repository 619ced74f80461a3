// Sizes shared by the timeline layout and whatever draws it (browser view or SVG string renderer).
import type { FontSpec } from '../text/text-width.ts';

export const TIMELINE_METRICS = {
  marginLeft: 16,
  marginRight: 16,
  axisHeight: 28,
  laneHeaderHeight: 22,
  laneGap: 8,
  bottomPadding: 6,
  rowHeight: 34,
  densityHeight: 30,
  titleFont: { size: 12, bold: true } as FontSpec,
  dateFont: { size: 11 } as FontSpec,
  laneFont: { size: 11, bold: true } as FontSpec,
  pointRadius: 6,
  barHeight: 10,
  quoteHalfWidth: 7,
  labelGap: 6,
  /** Horizontal clearance between two things sharing a row. */
  rowGap: 10,
  maxTitleWidth: 400,
  /** Labels shorter than this are not worth drawing. */
  minLabelWidth: 70,
  maxLanes: 12,
  /** Labelled rows a lane grows to before it gathers the rest into a "+N" cluster (see timeline-layout.ts). */
  maxLabelledRows: 10,
  densityThreshold: 1000,
  binWidth: 6,
  /** Title baseline and date baseline relative to a mark's centre: the two lines straddle the mark. */
  titleDy: -1,
  dateDy: 13,
} as const;
