// Legends for both views, in HTML so they wrap on narrow screens. Swatches reuse the charts' own glyphs.
import { select, type Selection } from 'd3-selection';
import type { ActorKind } from '../../../core/domain/types.ts';
import { ACTOR_STYLE, humanizeKind, STATEMENT_COLOUR } from '../../../core/palette/palette.ts';
import { actorSymbolPath } from '../ui/actor-symbol.ts';
import { QUOTE_GLYPH } from '../../../core/picture/glyphs.ts';
import { DISPUTE_LEGEND_ITEM } from './dispute-legend.ts';

interface Item {
  key: string;
  label: string;
  /** SVG markup is built from constants only, never from data. */
  draw: (svg: Selection<SVGSVGElement, unknown, null, undefined>) => void;
}

function render(container: HTMLElement, title: string, groups: Item[][]): void {
  const root = select(container).attr('class', 'legend').attr('aria-label', title);
  root
    .selectAll<HTMLUListElement, Item[]>('ul')
    .data(groups)
    .join('ul')
    .selectAll<HTMLLIElement, Item>('li')
    .data(
      (d) => d,
      (d) => d.key,
    )
    .join((enter) => {
      const li = enter.append('li');
      li.append('svg')
        .attr('width', 26)
        .attr('height', 14)
        .attr('viewBox', '0 0 26 14')
        .attr('aria-hidden', 'true')
        .each(function (d) {
          d.draw(select(this));
        });
      li.append('span');
      return li;
    })
    .select('span')
    .text((d) => d.label);
}

export function renderTimelineLegend(
  container: HTMLElement,
  kinds: readonly string[],
  colours: ReadonlyMap<string, string>,
  disputed = false,
): void {
  const eventKinds: Item[] = kinds
    .filter((k) => k !== 'statement')
    .map((kind) => ({
      key: `kind-${kind}`,
      label: humanizeKind(kind),
      draw: (svg) =>
        void svg
          .append('rect')
          .attr('x', 4)
          .attr('y', 2)
          .attr('width', 18)
          .attr('height', 10)
          .attr('rx', 3)
          .attr('fill', colours.get(kind) ?? '#555'),
    }));
  const encodings: Item[] = [
    {
      key: 'day',
      label: 'Known day',
      draw: (svg) =>
        void svg.append('circle').attr('cx', 13).attr('cy', 7).attr('r', 5).attr('class', 'legend-neutral'),
    },
    {
      key: 'span',
      label: 'Month or year',
      draw: (svg) =>
        void svg
          .append('rect')
          .attr('x', 2)
          .attr('y', 2)
          .attr('width', 22)
          .attr('height', 10)
          .attr('rx', 3)
          .attr('class', 'legend-neutral'),
    },
    {
      key: 'open',
      label: 'Open-ended (fades toward the unknown end)',
      draw: (svg) => {
        const g = svg.append('defs').append('linearGradient').attr('id', 'legend-fade');
        g.append('stop').attr('offset', 0).attr('stop-color', '#666').attr('stop-opacity', 0);
        g.append('stop').attr('offset', 0.85).attr('stop-color', '#666').attr('stop-opacity', 1);
        svg
          .append('rect')
          .attr('x', 1)
          .attr('y', 2)
          .attr('width', 22)
          .attr('height', 10)
          .attr('rx', 3)
          .attr('fill', 'url(#legend-fade)');
        svg.append('rect').attr('x', 22).attr('y', 0).attr('width', 3).attr('height', 14).attr('fill', '#666');
      },
    },
    {
      key: 'statement',
      label: 'Statement',
      draw: (svg) =>
        void svg
          .append('path')
          .attr('d', QUOTE_GLYPH)
          .attr('transform', 'translate(7,2)')
          .attr('fill', STATEMENT_COLOUR),
    },
    {
      key: 'said-at',
      label: 'Said at (event)',
      draw: (svg) => void svg.append('path').attr('d', 'M2,11C10,11 16,3 24,3').attr('class', 'legend-link'),
    },
  ];
  render(container, 'Timeline legend', [eventKinds, disputed ? [...encodings, DISPUTE_LEGEND_ITEM] : encodings]);
}

export function renderNetworkLegend(container: HTMLElement, kinds: readonly ActorKind[]): void {
  const actorKinds: Item[] = kinds.map((kind) => ({
    key: kind,
    label: ACTOR_STYLE[kind].label,
    draw: (svg) =>
      void svg
        .append('path')
        .attr('d', actorSymbolPath(kind, 6))
        .attr('transform', 'translate(13,7)')
        .attr('fill', ACTOR_STYLE[kind].colour),
  }));
  const encodings: Item[] = [
    {
      key: 'edge',
      label: 'Relationship, pointing from actor to target',
      draw: (svg) => {
        svg.append('line').attr('x1', 1).attr('x2', 18).attr('y1', 7).attr('y2', 7).attr('class', 'legend-edge');
        svg.append('path').attr('d', 'M17,3L25,7L17,11Z').attr('fill', '#555');
      },
    },
    {
      key: 'size',
      label: 'Bigger: more relationships',
      draw: (svg) => {
        svg.append('circle').attr('cx', 6).attr('cy', 7).attr('r', 3).attr('class', 'legend-neutral');
        svg.append('circle').attr('cx', 18).attr('cy', 7).attr('r', 6).attr('class', 'legend-neutral');
      },
    },
  ];
  render(container, 'Network legend', [actorKinds, encodings]);
}
