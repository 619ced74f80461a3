// The timeline picture's legend: a row with one swatch per event kind drawn (and the statement glyph), then a
// row saying what the mark shapes tell about how precisely a date is known, and the dispute badge when used.
import { STATEMENT_COLOUR, humanizeKind } from '../palette/palette.ts';
import type { TimelineLayout } from '../timeline/timeline-layout.ts';
import { TIMELINE_METRICS as M } from '../timeline/timeline-metrics.ts';
import { el } from '../text/svg-element.ts';
import type { FadeGradients } from './fade-gradients.ts';
import type { PictureLegendItem } from './picture-frame.ts';
import { disputeBadge } from './timeline-dispute.ts';
import { quoteGlyph } from './timeline-chart.ts';

const GREY = '#7a7a7a';
/** Swatches are drawn in the frame's 26 by 14 box: centred on this line, starting a little in. */
const MID = 7;
const LEFT = 4;
const bar = (fill: string, width = 18) => el('rect', { x: LEFT, y: MID - 4, width, height: 8, rx: 2, fill });

export function timelineLegend(
  layout: TimelineLayout,
  colourOf: (kind: string) => string,
  fades: FadeGradients,
): PictureLegendItem[][] {
  const kinds = [...new Set(layout.marks.filter((m) => m.type === 'event').map((m) => m.kind))].sort();
  const what: PictureLegendItem[] = kinds.map((kind) => ({ label: humanizeKind(kind), swatch: bar(colourOf(kind)) }));
  if (layout.marks.some((m) => m.type === 'statement'))
    what.push({ label: 'Statement', swatch: quoteGlyph(13, MID, STATEMENT_COLOUR) });

  const how: PictureLegendItem[] = [];
  const shapes = new Set(layout.marks.map((m) => (m.fadeStart || m.fadeEnd ? 'faded' : m.shape)));
  if (shapes.has('point'))
    how.push({ label: 'Known day', swatch: el('circle', { cx: 13, cy: MID, r: M.pointRadius - 1, fill: GREY }) });
  if (shapes.has('span')) how.push({ label: 'Known month, year or span', swatch: bar(GREY) });
  if (shapes.has('faded')) how.push({ label: 'Start or end not known', swatch: bar(fades.fill(GREY, 'start')) });
  if (layout.marks.some((m) => m.disputed.length > 0))
    how.push({ label: 'Sources disagree (hover for who says what)', swatch: disputeBadge(13, MID) });
  return [what, how];
}
