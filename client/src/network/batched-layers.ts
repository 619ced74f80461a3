// The less important parts of a big network, drawn as a few batched paths (see draw-batches.ts) instead of
// one element each, and remembered so a click or hover on them can still be matched to an actor or edge.
import { drawEdgeBatches, drawNodeBatches } from './draw-batches.ts';
import { nearestPath } from './edge-batch.ts';
import type { EdgePath } from './edge-geometry.ts';
import { isStrong } from './network-emphasis.ts';
import type { PlacedEdge, PlacedNode } from './network-layout.ts';
import type { NetworkSvg, NetworkViewData } from './network-view-data.ts';
import { nodeAt } from './node-batch.ts';

export function batchedLayers() {
  /** The edges drawn in batches (see edge-batch.ts), for matching a click on them. */
  let edgesDrawn: { edges: PlacedEdge[]; paths: EdgePath[] } = { edges: [], paths: [] };
  /** The actors drawn in batches (see node-batch.ts), where they are now. */
  let nodesDrawn: Array<{ node: PlacedNode; x: number; y: number; r: number }> = [];

  return {
    drawEdges(
      svg: NetworkSvg,
      edges: PlacedEdge[],
      data: NetworkViewData,
      geometry: (e: PlacedEdge) => EdgePath,
    ): void {
      const looks = [
        { strong: true, edges: edges.filter((e) => isStrong(e, data)) },
        { strong: false, edges: edges.filter((e) => !isStrong(e, data)) },
      ].filter((l) => l.edges.length > 0);
      edgesDrawn = { edges: looks.flatMap((l) => l.edges), paths: looks.flatMap((l) => l.edges.map(geometry)) };
      drawEdgeBatches(
        svg.select('g.edge-batches'),
        looks.map((l) => ({ strong: l.strong, paths: l.edges.map(geometry) })),
      );
    },

    drawNodes(
      svg: NetworkSvg,
      nodes: PlacedNode[],
      data: NetworkViewData,
      position: (n: PlacedNode) => { x: number; y: number },
    ): void {
      nodesDrawn = nodes.map((n) => ({ node: n, ...position(n), r: n.r }));
      // One path per look (kind, dimmed or not), drawn in a stable order.
      const looks = new Map<string, Array<{ kind: PlacedNode['kind']; r: number; x: number; y: number }>>();
      for (const b of nodesDrawn) {
        const dim = Boolean(data.highlight && !data.highlight.has(b.node.id));
        const key = `node kind-${b.node.kind}${dim ? ' is-dim' : ''}`;
        const list = looks.get(key);
        const glyph = { kind: b.node.kind, r: b.r, x: b.x, y: b.y };
        if (list) list.push(glyph);
        else looks.set(key, [glyph]);
      }
      drawNodeBatches(
        svg.select('g.node-batches'),
        [...looks].sort(([a], [b]) => (a < b ? -1 : 1)),
      );
    },

    nodeAt(point: { x: number; y: number }, slack: number): PlacedNode | null {
      return nodesDrawn[nodeAt(point, nodesDrawn, slack)]?.node ?? null;
    },

    edgeAt(point: { x: number; y: number }, slack: number): PlacedEdge | null {
      if (edgesDrawn.edges.length === 0) return null;
      return edgesDrawn.edges[nearestPath(point, edgesDrawn.paths, slack)] ?? null;
    },
  };
}
