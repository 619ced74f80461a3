// Zoom and pan for the network: the wheel (with a modifier where the page should keep it), framing the
// visible actors when they are a subset so they fill the view, and the reset button's way back.
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { Selection } from 'd3-selection';
import { zoomFilter } from '../ui/zoom-filter.ts';
import type { PlacedNode } from './network-layout.ts';
import type { NetworkSvg, NetworkViewData } from './network-view-data.ts';

const SCALE_EXTENT: [number, number] = [0.3, 5];

export function networkZoom(wheelNeedsModifier: () => boolean) {
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .filter(zoomFilter(wheelNeedsModifier));

  return {
    /** Attaches zoom to a new chart, moving `viewport`; a double click stays a click (it selects). */
    attach(svg: NetworkSvg, viewport: Selection<SVGGElement, unknown, null, undefined>): void {
      behaviour.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
        viewport.attr('transform', event.transform.toString()),
      );
      svg.call(behaviour).on('dblclick.zoom', null);
    },

    size(width: number, height: number): void {
      behaviour.extent([
        [0, 0],
        [width, height],
      ]);
    },

    /** Zooms to the visible actors when they are a subset (a window or a filter), so they fill the view. */
    frame(svg: NetworkSvg, data: NetworkViewData, position: (n: PlacedNode) => { x: number; y: number }): void {
      const { width, height, nodes } = data.layout;
      const shown = nodes.filter((n) => data.visibleNodes.has(n.id));
      if (shown.length === 0 || shown.length === nodes.length) {
        svg.call(behaviour.transform, zoomIdentity);
        return;
      }
      let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
      for (const n of shown) {
        const p = position(n);
        const dx = p.x - n.x;
        const dy = p.y - n.y;
        x0 = Math.min(x0, p.x - n.r, (n.label?.left ?? Infinity) + dx);
        x1 = Math.max(x1, p.x + n.r, (n.label?.right ?? -Infinity) + dx);
        y0 = Math.min(y0, p.y - n.r, (n.label?.top ?? Infinity) + dy);
        y1 = Math.max(y1, p.y + n.r, (n.label?.bottom ?? -Infinity) + dy);
      }
      const k = Math.max(1, Math.min(1.6, (width * 0.85) / (x1 - x0), (height * 0.85) / (y1 - y0)));
      svg.call(
        behaviour.transform,
        zoomIdentity.translate(width / 2 - (k * (x0 + x1)) / 2, height / 2 - (k * (y0 + y1)) / 2).scale(k),
      );
    },

    reset(svg: NetworkSvg): void {
      svg.call(behaviour.transform, zoomIdentity);
    },
  };
}
