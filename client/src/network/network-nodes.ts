// The network's actors as separate elements: a keyed join of clickable, focusable, draggable symbols with
// their labels and dispute badges.
import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';
import { ACTOR_STYLE } from '../../../core/palette/palette.ts';
import { actorSymbolPath } from '../ui/actor-symbol.ts';
import { svgDisputeBadge } from '../ui/dispute-mark.ts';
import { joinMarks } from './mark-join.ts';
import type { PlacedNode } from './network-layout.ts';
import type { NetworkDrawContext } from './network-view-data.ts';
import { tabStopId } from './tab-stop.ts';

/** The tooltip for an actor, separate or batched alike. */
export function nodeTooltip(d: PlacedNode) {
  const lines = [
    `${ACTOR_STYLE[d.kind].label} · ${d.degree} relationship${d.degree === 1 ? '' : 's'}`,
    'Click to follow this actor',
  ];
  return { title: d.name, lines };
}

/**
 * Draws `nodes` a slice at a time, as `edgeLayer` draws edges. `dragTo` moves an actor (and redraws): the
 * component owns where dragged actors are.
 */
export function nodeLayer(
  ctx: NetworkDrawContext,
  nodes: PlacedNode[],
  dragTo: (id: string, x: number, y: number) => void,
): (from: number, to: number) => void {
  const { svg, data, selectedId, tooltip, position } = ctx;
  let active: string | null = null;
  return (from, to) => {
    if (from === 0)
      active = tabStopId(
        svg.select('g.nodes'),
        nodes.map((n) => n.id),
        selectedId,
      );
    const nodeSel = joinMarks(
      ctx,
      {
        type: 'actor',
        group: 'g.nodes',
        mark: 'g.node',
        anchor: 'path.symbol',
        tooltip: nodeTooltip,
        build: (g) => {
          g.append('circle').attr('class', 'focus-ring');
          g.append('path').attr('class', 'symbol');
          g.append('text').attr('class', 'node-label');
          g.call(
            drag<SVGGElement, PlacedNode>()
              .on('start', function (this: SVGGElement) {
                select(this).classed('is-dragging', true);
                tooltip()?.hide();
              })
              .on('drag', (event: D3DragEvent<SVGGElement, PlacedNode, PlacedNode>, d) => {
                // Read through the latest drawing's position: the handler outlives the drawing that attached it.
                const p = ctx.position(d);
                dragTo(d.id, p.x + event.dx, p.y + event.dy);
              })
              .on('end', function (this: SVGGElement) {
                select(this).classed('is-dragging', false);
              }),
          );
        },
      },
      nodes,
      from,
      to,
    );
    nodeSel
      .attr('class', (d) => {
        const dim = data.highlight && !data.highlight.has(d.id);
        return `node kind-${d.kind}${dim ? ' is-dim' : ''}${d.id === data.focusId ? ' is-focus' : ''}${d.id === selectedId ? ' is-selected' : ''}`;
      })
      .attr('data-id', (d) => d.id)
      .attr('data-type', 'actor')
      .attr('tabindex', (d) => (d.id === active ? 0 : -1))
      .attr(
        'aria-label',
        (d) =>
          `${d.name}, ${ACTOR_STYLE[d.kind].label.toLowerCase()}, ${d.degree} relationship${d.degree === 1 ? '' : 's'}${data.disputed?.has(d.id) ? '; sources disagree about this actor' : ''}`,
      )
      .attr('aria-pressed', (d) => String(d.id === data.focusId))
      .attr('transform', (d) => `translate(${position(d).x},${position(d).y})`)
      .call((g) => {
        g.select('circle.focus-ring').attr('r', (d) => d.r + 5);
        g.select('path.symbol').attr('d', (d) => actorSymbolPath(d.kind, d.r));
        g.select('text.node-label')
          .attr('display', (d) => (d.label ? null : 'none'))
          .attr('x', (d) => (d.label ? d.label.x - d.x : 0))
          .attr('y', (d) => (d.label ? d.label.y - d.y : 0))
          .attr('text-anchor', (d) => d.label?.anchor ?? 'middle')
          .text((d) => d.name);
        g.each(function (d) {
          svgDisputeBadge(
            this,
            data.disputed?.has(d.id) ?? false,
            d.r * 0.8,
            -d.r * 0.8,
            'Sources disagree about this actor',
          );
        });
      });
  };
}
