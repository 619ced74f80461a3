// The legend under the chart: one swatch per event kind shown, the statement glyph, and what the
// mark shapes say about how precisely a date is known. Items flow left to right and wrap.
import { STATEMENT_COLOUR, humanizeKind } from '../../core/palette/palette.ts';
import type { TimelineLayout } from '../../core/timeline/timeline-layout.ts';
import { TIMELINE_METRICS as M } from '../../core/timeline/timeline-metrics.ts';
import { textWidth, truncateToWidth, type FontSpec } from '../../core/text/text-width.ts';
import { el } from '../../core/text/svg-element.ts';
import type { FadeGradients } from './svg-gradients.ts';
import { disputeLegendItem } from './svg-dispute.ts';
import { quoteGlyph } from './svg-timeline-chart.ts';

export const LEGEND_FONT: FontSpec = { size: 11 };
const ROW = 18;
const SWATCH = 16;
const GAP = 18;

type Swatch = (x: number, y: number) => string;

interface Item {
  label: string;
  swatch: Swatch;
}

const GREY = '#7a7a7a';

export function legendItems(layout: TimelineLayout, colourOf: (kind: string) => string, fades: FadeGradients): Item[] {
  const kinds = [...new Set(layout.marks.filter((m) => m.type === 'event').map((m) => m.kind))].sort();
  const items: Item[] = kinds.map((kind) => ({
    label: humanizeKind(kind),
    swatch: (x, y) => el('rect', { x, y: y - 4, width: SWATCH - 4, height: 8, rx: 2, fill: colourOf(kind) }),
  }));
  if (layout.marks.some((m) => m.type === 'statement')) {
    items.push({
      label: 'Statement',
      swatch: (x, y) => quoteGlyph(x + 6, y, STATEMENT_COLOUR),
    });
  }
  const shapes = new Set(layout.marks.map((m) => (m.fadeStart || m.fadeEnd ? 'faded' : m.shape)));
  if (shapes.has('point'))
    items.push({
      label: 'Known day',
      swatch: (x, y) => el('circle', { cx: x + 5, cy: y, r: M.pointRadius - 1, fill: GREY }),
    });
  if (shapes.has('span'))
    items.push({
      label: 'Known month, year or span',
      swatch: (x, y) => el('rect', { x, y: y - 4, width: SWATCH - 2, height: 8, rx: 2, fill: GREY }),
    });
  if (shapes.has('faded')) {
    items.push({
      label: 'Start or end not known',
      swatch: (x, y) =>
        el('rect', { x, y: y - 4, width: SWATCH - 2, height: 8, rx: 2, fill: fades.fill(GREY, 'start') }),
    });
  }
  items.push(...disputeLegendItem(layout));
  return items;
}

/** Markup for the legend starting at `top`, and the height it takes. */
export function renderLegend(items: readonly Item[], width: number, top: number): { markup: string; height: number } {
  if (items.length === 0) return { markup: '', height: 0 };
  const right = width - M.marginRight;
  const parts: string[] = [];
  let x = M.marginLeft;
  let y = top + ROW / 2;
  for (const item of items) {
    const label = truncateToWidth(item.label, right - M.marginLeft - SWATCH - 4, LEGEND_FONT);
    const w = SWATCH + 4 + textWidth(label, LEGEND_FONT);
    if (x > M.marginLeft && x + w > right) {
      x = M.marginLeft;
      y += ROW;
    }
    parts.push(
      item.swatch(x, y),
      el('text', { x: x + SWATCH + 2, y: y + 4, 'font-size': LEGEND_FONT.size, fill: '#333333' }, label),
    );
    x += w + GAP;
  }
  return { markup: el('g', { class: 'legend' }, parts), height: y + ROW / 2 - top };
}
