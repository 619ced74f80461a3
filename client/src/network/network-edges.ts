// The network's relationships as separate elements (a keyed join of clickable, focusable arrows with a wider
// invisible hit path) and their labels.
import { svgDisputeBadge } from '../ui/dispute-mark.ts';
import { pathData, pointOnPath } from './edge-geometry.ts';
import { joinMarks } from './mark-join.ts';
import { isStrong } from './network-emphasis.ts';
import type { PlacedEdge } from './network-layout.ts';
import type { NetworkDrawContext } from './network-view-data.ts';
import { tabStopId } from './tab-stop.ts';

/**
 * Draws `edges` a slice at a time: `(from, to)` draws [from, to). The join takes the first `to`, so earlier
 * slices' marks stay; older marks not (yet) in it stay too, until the last slice removes those that are gone.
 */
export function edgeLayer(
  ctx: NetworkDrawContext,
  edges: PlacedEdge[],
  nameOf: (id: string) => string,
  emptyNote: string,
): (from: number, to: number) => void {
  const { svg, data, selectedId, uid, geometry } = ctx;
  // The tab stop, from the marks as they were before this drawing.
  let active: string | null = null;
  const edgeText = (e: PlacedEdge) => {
    const date = data.edgeDates.get(e.id);
    return `${nameOf(e.source)} ${e.labelText} ${nameOf(e.target)}${date ? `, ${date}` : ''}`;
  };
  return (from, to) => {
    if (from === 0) {
      svg
        .select('text.empty-note')
        .attr('x', data.layout.width / 2)
        .attr('y', data.layout.height / 2)
        .text(emptyNote);
      active = tabStopId(
        svg.select('g.edges'),
        edges.map((e) => e.id),
        selectedId,
      );
    }
    joinMarks(
      ctx,
      {
        type: 'relationship',
        group: 'g.edges',
        mark: 'g.edge',
        anchor: 'path.line',
        tooltip: (d) => ({ title: edgeText(d), lines: ['Relationship · click for the evidence'] }),
        build: (g) => {
          g.append('path').attr('class', 'hit');
          g.append('path').attr('class', 'line');
        },
      },
      edges,
      from,
      to,
    )
      .attr(
        'class',
        (d) =>
          `edge${isStrong(d, data) ? ' is-strong' : ' is-dim'}${d.id === selectedId ? ' is-selected' : ''}` +
          (data.pathEdges?.has(d.id) ? ' is-on-path' : '') +
          (data.disputed?.has(d.id) ? ' is-disputed' : ''),
      )
      .attr('data-id', (d) => d.id)
      .attr('data-type', 'relationship')
      .attr('data-source', (d) => d.source)
      .attr('data-target', (d) => d.target)
      .attr('tabindex', (d) => (d.id === active ? 0 : -1))
      .attr('aria-label', (d) => `${edgeText(d)}${data.disputed?.has(d.id) ? '; sources disagree about it' : ''}`)
      .attr('aria-pressed', (d) => String(d.id === selectedId))
      .call((g) => {
        g.select('path.hit').attr('d', (d) => pathData(geometry(d)));
        g.select('path.line')
          .attr('d', (d) => pathData(geometry(d)))
          .attr('marker-end', (d) => `url(#${uid}-arrow-${isStrong(d, data) ? 'strong' : 'normal'})`);
        g.each(function (d) {
          const mid = data.disputed?.has(d.id) ? pointOnPath(geometry(d), 0.5) : null;
          svgDisputeBadge(this, mid !== null, mid?.x, mid?.y, 'Sources disagree about this relationship');
        });
      });
  };
}

/** Labels for the edges the layout found room to label (all shown ones, batched or not), following drags. */
export function drawEdgeLabels(ctx: NetworkDrawContext, shownEdges: PlacedEdge[]): void {
  const { svg, data, moved, geometry } = ctx;
  const follows = (d: PlacedEdge) => moved(d.source) || moved(d.target);
  svg
    .select('g.edge-labels')
    .selectAll<SVGTextElement, PlacedEdge>('text')
    .data(
      shownEdges.filter((e) => e.label),
      (d) => d.id,
    )
    .join('text')
    .attr('data-for', (d) => d.id)
    .attr('class', (d) => `edge-label${isStrong(d, data) ? '' : ' is-dim'}`)
    .attr('x', (d) => (follows(d) ? pointOnPath(geometry(d), 0.5).x : d.label!.x))
    .attr('y', (d) => (follows(d) ? pointOnPath(geometry(d), 0.5).y + 3.5 : d.label!.y))
    .text((d) => d.labelText);
}
