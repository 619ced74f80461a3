// The parts of one timeline mark (body, cap, point, quote glyph, focus ring, two-line label), placed
// from its layout; which parts show depends on the mark's shape.
import type { Selection } from 'd3-selection';
import { QUOTE_GLYPH } from '../ui/glyphs.ts';
import type { TimelineMark } from './timeline-layout.ts';
import { TIMELINE_METRICS as M } from './timeline-metrics.ts';

export function drawMarkParts(mark: Selection<SVGGElement, TimelineMark, SVGGElement, unknown>, uid: string): void {
  const isBar = (d: TimelineMark) =>
    d.shape === 'span' || d.shape === 'range' || (d.shape === 'quote' && d.x2 - d.x > 2 * M.quoteHalfWidth + 2);
  const barH = (d: TimelineMark) => (d.shape === 'quote' ? 4 : M.barHeight);
  mark
    .select('rect.body')
    .attr('display', (d) => (isBar(d) ? null : 'none'))
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y - barH(d) / 2)
    .attr('width', (d) => Math.max(0, d.x2 - d.x))
    .attr('height', barH)
    .attr('rx', (d) => (d.shape === 'quote' ? 2 : 3))
    .attr('mask', (d) => (d.fadeStart ? `url(#${uid}-fade-start)` : d.fadeEnd ? `url(#${uid}-fade-end)` : null));
  // The known end of an open range gets a solid cap, so "on or before 5 May" reads as a firm edge.
  mark
    .select('rect.cap')
    .attr('display', (d) => (d.shape === 'range' && !(d.fadeStart ? d.clipEnd : d.clipStart) ? null : 'none'))
    .attr('x', (d) => (d.fadeStart ? d.x2 - 3 : d.x))
    .attr('y', (d) => d.y - 8)
    .attr('width', 3)
    .attr('height', 16);
  mark
    .select('circle.point')
    .attr('display', (d) => (d.shape === 'point' ? null : 'none'))
    .attr('cx', (d) => d.anchorX)
    .attr('cy', (d) => d.y)
    .attr('r', M.pointRadius);
  mark
    .select('path.quote')
    .attr('display', (d) => (d.type === 'statement' ? null : 'none'))
    .attr('d', (d) => (d.type === 'statement' ? QUOTE_GLYPH : ''))
    .attr('transform', (d) => `translate(${d.anchorX - 5.6},${d.y - 5})`);
  // The ring encloses the mark and its label, so it never runs through text.
  const ringLeft = (d: TimelineMark) => Math.min(d.x, d.anchorX - 8, d.label?.left ?? Infinity) - 4;
  const ringRight = (d: TimelineMark) => Math.max(d.x2, d.anchorX + 8, d.label?.right ?? -Infinity) + 4;
  mark
    .select('rect.focus-ring')
    .attr('x', ringLeft)
    .attr('y', (d) => d.y - (d.label ? 14 : 10))
    .attr('width', (d) => ringRight(d) - ringLeft(d))
    .attr('height', (d) => (d.label ? 33 : 20));
  const label = mark.select('text.label').attr('display', (d) => (d.label ? null : 'none'));
  label
    .select('tspan.title')
    .attr('x', (d) => d.label?.x ?? 0)
    .attr('y', (d) => d.y + M.titleDy)
    .attr('text-anchor', (d) => d.label?.anchor ?? 'start')
    .text((d) => d.label?.title ?? '');
  label
    .select('tspan.date')
    .attr('x', (d) => d.label?.x ?? 0)
    .attr('y', (d) => d.y + M.dateDy)
    .attr('text-anchor', (d) => d.label?.anchor ?? 'start')
    .text((d) => d.label?.date ?? '');
}
