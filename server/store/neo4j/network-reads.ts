// The network read: around seeds with no window, one walk in Cypher (network-walk.cypher: one round trip, node
// lists instead of id lists); with a window or without seeds, the breadth-first steps from here, one query each
// (the window predicate, written into every hop, would not fit the walk under the query size limit).
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { ActorLink, NetworkLinks, NetworkQuery, NetworkSummary, RelationshipLink } from '../store.ts';
import { sortKeyOf } from '../../../core/dates/fuzzy-date.ts';
import { toNetworkLinks } from '../network-links.ts';
import type { ByIdReads } from './by-id-reads.ts';
import type { CypherReader } from './cypher-reader.ts';
import { toActorLink, toActorSummary, toRelationshipLink, toRelationshipSummary } from './map-records.ts';
import { windowParams } from './read-params.ts';

const byNameThenId = (a: ActorLink, b: ActorLink) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

type Read = (tx: ManagedTransaction, reader: CypherReader, byId: ByIdReads, q: NetworkQuery) => Promise<NetworkSummary>;

/** The resolver bounds depth by MAX_NETWORK_DEPTH; a direct caller may ask deeper, as of the embedded store. */
const depthOf = (q: NetworkQuery) => Math.max(0, Math.trunc(q.depth));

/** The layers network-walk.cypher spells out (f1..f3, MAX_NETWORK_DEPTH); anything deeper goes by steps. */
const WALK_LAYERS = 3;

const walks = (q: NetworkQuery) => q.actorIds.length > 0 && q.window === null && depthOf(q) <= WALK_LAYERS;

export const readNetwork: Read = (tx, reader, byId, q) =>
  walks(q) ? readNetworkWalk(tx, reader, byId, q) : readNetworkSteps(tx, reader, byId, q);

/** The fields of network-walk.cypher's item lists, in its order: actors (p = 0), then relationships (p = 1). */
const ACTOR_FIELDS = ['id', 'name', 'kind', 'aliases', 'roles', 'reportedBy', 'disputedFields'];
const EDGE_FIELDS = [
  ...['id', 'type', 'edtf', 'earliest', 'latest', 'precision', 'label', 'sourceId', 'targetId'],
  ...['reportedBy', 'disputedFields'],
];
/** With $lean the lists stop before the claim lists: the link fields only (store.ts NetworkLinks). */
const ACTOR_LINK_FIELDS = ACTOR_FIELDS.slice(0, 3);
const EDGE_LINK_FIELDS = EDGE_FIELDS.slice(0, 9);

function named(fields: readonly string[], values: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i++) o[fields[i]!] = (values as unknown[])[i];
  return o;
}

/** Edges by their date's sort key (the sortKey the seed writes), then id: the embedded store's order. */
interface Keyed<E> {
  k: string;
  e: E;
}
const byKeyThenId = <E extends { id: string }>(a: Keyed<E>, b: Keyed<E>) =>
  a.k < b.k ? -1 : a.k > b.k ? 1 : a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0;

/**
 * Runs network-walk.cypher and maps its rows of item lists. It answers them unsorted (sorting in Cypher cost more
 * than here): actors by name, edges by (sortKey, id). The records are read as they come (no object per record).
 */
async function walk<N extends ActorLink, E extends RelationshipLink>(
  tx: ManagedTransaction,
  reader: CypherReader,
  q: NetworkQuery,
  lean: boolean,
  node: (v: unknown) => N,
  edge: (v: unknown) => E,
): Promise<{ nodes: N[]; edges: E[] }> {
  const params = { ids: q.actorIds, depth: neo4j.int(depthOf(q)), lean };
  const { records } = await tx.run(reader.text('read/network-walk'), params);
  const [actorFields, edgeFields] = lean ? [ACTOR_LINK_FIELDS, EDGE_LINK_FIELDS] : [ACTOR_FIELDS, EDGE_FIELDS];
  const nodes: N[] = [];
  const keyed: Array<Keyed<E>> = [];
  for (const record of records) {
    const items = record.get('v') as unknown[][];
    if (Number(record.get('p')) === 0) for (const v of items) nodes.push(node(named(actorFields, v)));
    else
      for (const v of items) {
        const e = edge(named(edgeFields, v));
        keyed.push({ k: sortKeyOf(e.date), e });
      }
  }
  return { nodes: nodes.sort(byNameThenId), edges: keyed.sort(byKeyThenId).map((x) => x.e) };
}

/** Seeds and no window: network-walk.cypher, one round trip. */
export const readNetworkWalk: Read = (tx, reader, _byId, q) =>
  walk(tx, reader, q, false, toActorSummary, toRelationshipSummary);

/** networkLinks: the walk without aliases, roles and claim lists where it applies; else the steps, cut down. */
export const readNetworkLinks = async (
  tx: ManagedTransaction,
  reader: CypherReader,
  byId: ByIdReads,
  q: NetworkQuery,
): Promise<NetworkLinks> =>
  walks(q)
    ? walk<ActorLink, RelationshipLink>(tx, reader, q, true, toActorLink, toRelationshipLink)
    : toNetworkLinks(await readNetworkSteps(tx, reader, byId, q));

/**
 * Any network, breadth-first from here: seeds, one query per hop (the walk stops early once nothing new is
 * reached), the edges among the reached actors, then their summaries. The bench times it beside the walk.
 */
export const readNetworkSteps: Read = async (tx, reader, byId, q) => {
  const depth = depthOf(q);
  const window = { windowed: q.window !== null, ...windowParams(q.window, q.match) };
  const seeds = (await reader.column(tx, 'read/network-seeds', { ids: q.actorIds }, 'id')).map(String);
  const reached = new Set(seeds);
  if (q.actorIds.length > 0) {
    let frontier = seeds;
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const next = (await reader.column(tx, 'read/network-neighbours', { frontier, ...window }, 'id'))
        .map(String)
        .filter((id) => !reached.has(id));
      next.forEach((id) => reached.add(id));
      frontier = next;
    }
  }
  if (reached.size === 0) return { nodes: [], edges: [] };
  // Without seeds every actor is reached, so the edges need no end filter (null skips it).
  const edgeFilter = q.actorIds.length > 0 ? [...reached] : null;
  const edges = (
    await reader.column(tx, 'read/network-edges', { actorIds: edgeFilter, ...window }, 'relationship')
  ).map(toRelationshipSummary);
  // With a window and no seeds the question is "who is connected in this window": only actors with an edge.
  const keep =
    q.actorIds.length === 0 && q.window !== null ? new Set(edges.flatMap((r) => [r.sourceId, r.targetId])) : reached;
  const nodes = (await byId.actorSummaries(tx, [...keep])).filter((a) => a !== null);
  return { nodes: nodes.sort(byNameThenId), edges };
};
