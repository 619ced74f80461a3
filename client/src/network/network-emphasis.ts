// Which parts of the network stand out: strong edges (on the shown paths, at the focused actor, or among
// the highlighted actors), and, in a big network, which edges and actors are drawn as separate elements
// (clickable, focusable) rather than in the batched paths.
import { BATCH_EDGES, MAX_SEPARATE_EDGES } from './edge-batch.ts';
import type { PlacedEdge, PlacedNode } from './network-layout.ts';
import type { NetworkViewData } from './network-view-data.ts';
import { BATCH_NODES, MAX_SEPARATE_NODES } from './node-batch.ts';

export function isStrong(e: PlacedEdge, data: NetworkViewData): boolean {
  if (data.pathEdges) return data.pathEdges.has(e.id);
  if (data.focusId) return e.source === data.focusId || e.target === data.focusId;
  return !data.highlight || (data.highlight.has(e.source) && data.highlight.has(e.target));
}

/**
 * Which edges are separate elements: all of them up to BATCH_EDGES; beyond, the selected one and the
 * emphasised ones (the focused actor's, or those among the highlighted actors), at most MAX_SEPARATE_EDGES.
 */
export function separateEdges(edges: PlacedEdge[], data: NetworkViewData, selectedId: string | null): Set<PlacedEdge> {
  if (edges.length <= BATCH_EDGES) return new Set(edges);
  const emphasised = data.focusId || data.highlight || data.pathEdges;
  const chosen = edges.filter((e) => e.id === selectedId);
  for (const e of edges)
    if (chosen.length >= MAX_SEPARATE_EDGES) break;
    else if (emphasised && e.id !== selectedId && isStrong(e, data)) chosen.push(e);
  return new Set(chosen);
}

/**
 * Which actors are separate elements: all of them up to BATCH_NODES; beyond, the focused and selected
 * ones, then the named, the highlighted and the busiest, at most MAX_SEPARATE_NODES (in layout order,
 * which the arrow keys follow).
 */
export function separateNodes(nodes: PlacedNode[], data: NetworkViewData, selectedId: string | null): PlacedNode[] {
  if (nodes.length <= BATCH_NODES) return nodes;
  const chosen = new Set<PlacedNode>();
  const take = (list: Iterable<PlacedNode>) => {
    for (const n of list) if (chosen.size < MAX_SEPARATE_NODES) chosen.add(n);
  };
  take(nodes.filter((n) => n.id === data.focusId || n.id === selectedId));
  take(nodes.filter((n) => n.label));
  if (data.highlight) take(nodes.filter((n) => data.highlight!.has(n.id)));
  take([...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1)));
  return nodes.filter((n) => chosen.has(n));
}
