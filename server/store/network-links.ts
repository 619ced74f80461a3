// A network cut to its link fields (store.ts NetworkLinks): how a store without a leaner read of its own answers
// networkLinks, and what the contract suite compares a leaner read with.
import type { ActorLink, NetworkLinks, NetworkSummary, RelationshipLink } from './store.ts';

/** An actor cut to its link fields (also the embedded store's getActorLinks). */
export const linkOf = ({ id, name, kind }: ActorLink): ActorLink => ({ id, name, kind });

function relationshipLinkOf(r: RelationshipLink): RelationshipLink {
  const { id, type, sourceId, targetId, date } = r;
  return { id, type, sourceId, targetId, date };
}

export const toNetworkLinks = (n: NetworkSummary): NetworkLinks => ({
  nodes: n.nodes.map(linkOf),
  edges: n.edges.map(relationshipLinkOf),
});
