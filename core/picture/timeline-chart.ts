// Draws a TimelineLayout (core/timeline) as SVG markup: axis, lanes, links, marks, for every picture of a timeline.
// Positions come from the layout unchanged; this file only decides how each thing looks on paper.
import { TICK_FONT, TICK_LABEL_DX } from '../timeline/time-ticks.ts';
import type { TimelineLayout, TimelineMark } from '../timeline/timeline-layout.ts';
import { TIMELINE_METRICS as M } from '../timeline/timeline-metrics.ts';
import { disputeParts } from './timeline-dispute.ts';
import { el, num } from '../text/svg-element.ts';
import type { FadeGradients } from './fade-gradients.ts';
import { QUOTE_GLYPH } from './glyphs.ts';

const INK = '#222222';
const MUTED = '#555555';

function axis(layout: TimelineLayout): string[] {
  const { plot } = layout;
  return [
    ...layout.ticks.map((t) =>
      el('g', { class: 'tick' }, [
        el('line', {
          x1: t.x,
          x2: t.x,
          y1: plot.top - 6,
          y2: plot.bottom,
          stroke: t.major ? '#b0b0b0' : '#e2e2e2',
          'stroke-width': 1,
        }),
        el('text', { x: t.x + TICK_LABEL_DX, y: plot.top - 10, 'font-size': TICK_FONT.size, fill: MUTED }, t.label),
      ]),
    ),
    el('line', { x1: plot.left, x2: plot.right, y1: plot.top, y2: plot.top, stroke: '#888888', 'stroke-width': 1 }),
  ];
}

function lanes(layout: TimelineLayout): string[] {
  return layout.lanes.map((lane, i) =>
    el('g', { class: 'lane', 'data-lane': lane.key }, [
      i % 2 === 1 ? el('rect', { x: 0, y: lane.y, width: layout.width, height: lane.height, fill: '#f5f5f5' }) : '',
      el(
        'text',
        { x: M.marginLeft, y: lane.headerY, 'font-size': M.laneFont.size, 'font-weight': 'bold', fill: INK },
        lane.label,
      ),
    ]),
  );
}

/** The statement glyph (11.2 by 10 units), drawn centred on the anchor as the app draws it. */
export function quoteGlyph(x: number, y: number, colour: string): string {
  return el('path', {
    class: 'glyph',
    d: QUOTE_GLYPH,
    transform: `translate(${num(x - 5.6)},${num(y - 5)})`,
    fill: colour,
    stroke: '#ffffff',
    'stroke-width': 1.2,
    'paint-order': 'stroke',
  });
}

/** Bars: a span, an open range (fading toward its unknown end), or the thin range under a statement. */
function bar(m: TimelineMark, colour: string, fades: FadeGradients): string {
  const height = m.shape === 'quote' ? 4 : M.barHeight;
  const fill = m.fadeStart || m.fadeEnd ? fades.fill(colour, m.fadeStart ? 'start' : 'end') : colour;
  const parts = [
    el('rect', {
      class: 'body',
      x: m.x,
      y: m.y - height / 2,
      width: Math.max(2, m.x2 - m.x),
      height,
      rx: m.shape === 'quote' ? 2 : 3,
      fill,
    }),
  ];
  // The known end of an open range gets a solid cap, so "on or before 5 May" reads as a firm edge.
  if (m.shape === 'range' && !(m.fadeStart ? m.clipEnd : m.clipStart)) {
    parts.push(
      el('rect', { class: 'cap', x: m.fadeStart ? m.x2 - 3 : m.x, y: m.y - 8, width: 3, height: 16, fill: colour }),
    );
  }
  return parts.join('');
}

function body(m: TimelineMark, colour: string, fades: FadeGradients): string {
  switch (m.shape) {
    case 'point':
      return el('circle', {
        cx: m.anchorX,
        cy: m.y,
        r: M.pointRadius,
        fill: colour,
        stroke: '#ffffff',
        'stroke-width': 1.5,
      });
    case 'span':
    case 'range':
      return bar(m, colour, fades);
    case 'quote': {
      // A statement known only to a range gets a thin bar for the range under its glyph.
      const wide = m.x2 - m.x > 2 * M.quoteHalfWidth + 2;
      return (wide ? bar(m, colour, fades) : '') + quoteGlyph(m.anchorX, m.y, colour);
    }
  }
}

function mark(m: TimelineMark, colour: string, fades: FadeGradients): string {
  // A white halo keeps a label legible where the layout writes it over a long bar.
  const halo = { stroke: '#ffffff', 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
  const label = m.label
    ? [
        el(
          'text',
          {
            x: m.label.x,
            y: m.y + M.titleDy,
            'text-anchor': m.label.anchor,
            'font-size': M.titleFont.size,
            'font-weight': 'bold',
            // A paraphrase is the article's wording: italic, and without quotation marks (statement-text.ts).
            ...(m.paraphrase ? { 'font-style': 'italic' } : {}),
            fill: INK,
            ...halo,
          },
          m.label.title,
        ),
        el(
          'text',
          {
            x: m.label.x,
            y: m.y + M.dateDy,
            'text-anchor': m.label.anchor,
            'font-size': M.dateFont.size,
            fill: MUTED,
            ...halo,
          },
          m.label.date,
        ),
      ]
    : [];
  const disputed = m.disputed.length ? { 'data-disputed': m.disputed.join(' ') } : {};
  const attrs = { class: `mark mark-${m.type}`, 'data-id': m.id, 'data-shape': m.shape, 'data-kind': m.kind };
  return el('g', { ...attrs, ...disputed }, [
    el('title', {}, `${m.ariaLabel}`),
    body(m, colour, fades),
    ...label,
    disputeParts(m),
  ]);
}

export function timelineChart(
  layout: TimelineLayout,
  colourOf: (kind: string) => string,
  fades: FadeGradients,
): string {
  const links = layout.links.map((l) =>
    el('line', {
      class: 'link',
      x1: l.x1,
      y1: l.y1,
      x2: l.x2,
      y2: l.y2,
      stroke: '#9a9a9a',
      'stroke-width': 1,
      'stroke-dasharray': '3 3',
    }),
  );
  const bins = layout.bins.map((b) =>
    el(
      'rect',
      { class: 'bin', x: b.x, y: b.y, width: Math.max(1, b.x2 - b.x - 1), height: b.height, fill: '#5a5a5a' },
      [el('title', {}, `${b.count} items`)],
    ),
  );
  return [
    ...lanes(layout),
    ...axis(layout),
    el('g', { class: 'links' }, links),
    el(
      'g',
      { class: 'marks' },
      layout.marks.map((m) => mark(m, colourOf(m.kind), fades)),
    ),
    el('g', { class: 'bins' }, bins),
  ].join('');
}
