// What the network panel loads. The whole network while the corpus is small enough to lay out in the browser; past
// NETWORK_ITEM_LIMIT items (a million events hold 100,000 actors: megabytes of answer and minutes of layout, and the
// page stayed on "Loading the graph…"), only the busiest actors (the actor lanes of one timelineDensity bucket over
// the whole corpus) and the relationships among them (`network` at depth 0), with a note saying so. Both requests
// are bounded whatever the corpus's size.
import type { ApiNetwork } from '../../../core/api/api-types.ts';
import type { GraphQLClient } from '../api/graphql-client.ts';
import { PROBE_RANGE } from '../api/start-requests.ts';

/**
 * Timeline items up to which the network is loaded whole: 100k events (150k items, 10k actors) still are, as
 * before; the bench's and the e2e tests' networks are far smaller.
 */
export const NETWORK_ITEM_LIMIT = 200_000;
/** Actors drawn past the limit: timelineDensity answers at most 100 lanes. */
export const BUSIEST_ACTORS = 100;

export interface ScopedNetwork {
  graph: ApiNetwork;
  /** What the panel shows of the network, when not all of it; null when whole. */
  note: string | null;
}

/** `items`: how many events and statements the corpus holds, when known (null: loaded whole, so small). */
export async function loadScopedNetwork(
  api: Pick<GraphQLClient, 'network' | 'busiestActors'>,
  items: number | null,
): Promise<ScopedNetwork> {
  if (items === null || items <= NETWORK_ITEM_LIMIT) return { graph: await api.network(), note: null };
  const ids = await api.busiestActors(PROBE_RANGE.from, PROBE_RANGE.to, BUSIEST_ACTORS);
  // No ids would ask for every actor: an empty corpus has no network to draw.
  const graph = ids.length > 0 ? await api.network(ids) : { nodes: [], edges: [] };
  const note =
    `Showing the ${graph.nodes.length} actors in the most events and statements, and the ` +
    `${graph.edges.length} relationships among them: with ${items.toLocaleString('en')} items the whole network ` +
    'is too large to draw.';
  return { graph, note };
}

/** Writes the note under the network (hidden when the whole network is drawn). */
export function showNetworkScope(host: HTMLElement | null, note: string | null): void {
  if (!host) return;
  host.textContent = note ?? '';
  host.hidden = note === null;
}
