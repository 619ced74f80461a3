// The network's SVG skeleton, made once per container: arrow markers, the background that takes clicks
// meant for batched edges (which ignore the pointer), and the layers in drawing order.
import { pointer, select } from 'd3-selection';
import { zoomTransform } from 'd3-zoom';
import type { Tooltip } from '../ui/tooltip.ts';
import type { PlacedEdge, PlacedNode } from './network-layout.ts';
import { nodeTooltip } from './network-nodes.ts';
import type { NetworkSelection, NetworkSvg } from './network-view-data.ts';
import type { networkZoom } from './network-zoom.ts';

export interface NetworkChartHooks {
  uid: string;
  zoom: ReturnType<typeof networkZoom>;
  tooltip: () => Tooltip | null;
  choose: (ref: NetworkSelection) => void;
  /** A click on empty space. */
  background: () => void;
  /** The batched actor within `slack` of a point in layout coordinates, if any. */
  batchedNodeAt: (point: { x: number; y: number }, slack: number) => PlacedNode | null;
  /** The batched edge within `slack` of a point in layout coordinates, if any. */
  batchedEdgeAt: (point: { x: number; y: number }, slack: number) => PlacedEdge | null;
}

export function createNetworkChart(container: HTMLElement, hooks: NetworkChartHooks): SVGSVGElement {
  const { uid, zoom, tooltip, choose } = hooks;
  const svg: NetworkSvg = select(container)
    .append('svg')
    .attr('class', 'network-chart')
    .attr('role', 'group')
    .attr('aria-roledescription', 'network')
    .attr(
      'aria-label',
      'Network of actors and their relationships. Use arrow keys to move between actors, Enter to select one.',
    );
  const defs = svg.append('defs');
  for (const variant of ['normal', 'strong']) {
    defs
      .append('marker')
      .attr('id', `${uid}-arrow-${variant}`)
      .attr('class', `arrow ${variant}`)
      .attr('viewBox', '0 -5 10 10')
      .attr('refX', 9)
      .attr('markerWidth', 7)
      .attr('markerHeight', 7)
      .attr('markerUnits', 'userSpaceOnUse')
      .attr('orient', 'auto')
      .append('path')
      .attr('d', 'M0,-4.5L10,0L0,4.5Z');
  }
  svg.append('rect').attr('class', 'background').attr('width', '100%').attr('height', '100%');
  svg.append('text').attr('class', 'empty-note').attr('text-anchor', 'middle');
  const viewport = svg.append('g').attr('class', 'viewport');
  // Drawn under the separate edges; clicks reach them through the background (see the handler below).
  viewport.append('g').attr('class', 'edge-batches').attr('aria-hidden', 'true').style('pointer-events', 'none');
  viewport.append('g').attr('class', 'edges').attr('role', 'group').attr('aria-label', 'Relationships');
  viewport.append('g').attr('class', 'edge-labels').attr('aria-hidden', 'true');
  const nodeBatches = viewport.append('g').attr('class', 'node-batches').attr('aria-hidden', 'true');
  viewport.append('g').attr('class', 'nodes').attr('role', 'group').attr('aria-label', 'Actors');
  /** A pointer event in layout coordinates, and `pixels` of screen slack at the current zoom. */
  const at = (event: MouseEvent, pixels: number) => {
    const [x, y] = pointer(event, viewport.node()!);
    return [{ x, y }, pixels / zoomTransform(svg.node()!).k] as const;
  };
  nodeBatches
    .on('click', (event: MouseEvent) => {
      event.stopPropagation();
      const n = hooks.batchedNodeAt(...at(event, 2));
      if (n) choose({ type: 'actor', id: n.id });
    })
    .on('mousemove', (event: MouseEvent) => {
      const n = hooks.batchedNodeAt(...at(event, 2));
      if (n) tooltip()?.show(nodeTooltip(n), { x: event.clientX, y: event.clientY - 8 });
      else tooltip()?.hide();
    })
    .on('mouseleave', () => tooltip()?.hide());
  zoom.attach(svg, viewport);
  svg.select('rect.background').on('click', (event: MouseEvent) => {
    // 6 screen pixels of slack: a batched edge is a thin line.
    const hit = hooks.batchedEdgeAt(...at(event, 6));
    if (hit) choose({ type: 'relationship', id: hit.id });
    else hooks.background();
  });
  return svg.node()!;
}
