// Loads the network for the filters and the sources its evidence quotes.
import type { Network, Source } from '../../core/domain/types.ts';
import type { GraphStore } from '../store/store.ts';
import type { NetworkFilters } from '../input/export-options.ts';

export interface NetworkData {
  filters: NetworkFilters;
  network: Network;
  sources: Map<string, Source>;
}

export async function loadNetworkData(store: GraphStore, filters: NetworkFilters): Promise<NetworkData> {
  const network = await store.network(filters);
  // An export carries every actor's evidence: the store hands the network over without it.
  const evidence = await store.getActorEvidence(network.nodes.map((n) => n.id));
  const nodes = network.nodes.map((n, i) => ({ ...n, evidence: evidence[i] ?? [] }));
  const ids = new Set(nodes.map((n) => n.id));
  // Only edges whose ends are both exported, so no reader meets a dangling reference.
  const ends = network.edges.filter((e) => ids.has(e.sourceId) && ids.has(e.targetId));
  // And every relationship's, which the network hands over without it too.
  const full = await store.getRelationships(ends.map((e) => e.id));
  const edges = ends.map((e, i) => ({ ...e, evidence: full[i]?.evidence ?? [] }));
  const sourceIds = [...new Set([...nodes, ...edges].flatMap((x) => x.evidence.map((e) => e.sourceId)))];
  const sources = (await store.getSources(sourceIds)).filter((s): s is Source => s !== null);
  return { filters, network: { nodes, edges }, sources: new Map(sources.map((s) => [s.id, s])) };
}
