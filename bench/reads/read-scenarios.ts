// The reads the benchmark times: each as a GraphQL request and as the store calls its resolvers make, so the
// two can be compared (the GraphQL overhead).
import type { DateWindow, GraphStore } from '../../server/store/store.ts';

export interface ReadScenario {
  name: string;
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /** The store calls that answer the same request: the root read, then the batched lookups its nested fields make. */
  direct(store: GraphStore): Promise<unknown>;
}

export interface ScenarioInputs {
  hubId: string;
  month: DateWindow;
  year: DateWindow;
  /** The corpus's whole span, both ends known: what the overview's density covers. */
  range: { from: string; to: string };
  searchText: string;
}

/** The largest page the API serves; a timeline view fetches full pages. */
export const PAGE = 500;

const DATE = 'date { edtf earliest latest precision label }';

const TIMELINE = `query Timeline($from: String, $to: String, $first: Int) {
  timeline(from: $from, to: $to, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      __typename
      ... on Event { id title kind ${DATE} participants { role actor { id name kind } } }
      ... on Statement { id text statementKind: kind ${DATE} speaker { id name kind } }
    } }
  }
}`;

const NETWORK = `query Network($actorIds: [ID!], $depth: Int, $from: String, $to: String) {
  network(actorIds: $actorIds, depth: $depth, from: $from, to: $to) {
    nodes { id name kind }
    edges { id type date { earliest latest precision } source { id } target { id } }
  }
}`;

// The client's overview read (client/src/api/queries.ts DENSITY_QUERY), with the arguments the benchmark fixes.
const DENSITY = `query Density($from: String!, $to: String!, $buckets: Int!, $laneBy: DensityLaneBy!, $lanes: Int!) {
  timelineDensity(from: $from, to: $to, buckets: $buckets, laneBy: $laneBy, lanes: $lanes) {
    buckets { start end } counts lanes { key label counts } total
  }
}`;

/** The overview's grid: 200 buckets across the whole range, a lane per actor (the API's default lane count). */
const DENSITY_BUCKETS = 200;
const DENSITY_LANES = 20;

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 20) {
    kind id snippet score
    node { __typename ... on Actor { id name } ... on Event { id title } ... on Statement { id text } }
  }
}`;

const unique = (ids: Iterable<string>) => [...new Set(ids)];

function timeline(name: string, label: string, window: DateWindow): ReadScenario {
  return {
    name,
    label,
    query: TIMELINE,
    variables: { from: window.from, to: window.to, first: PAGE },
    // What the resolvers call for TIMELINE: item summaries (it selects no links or evidence, timeline-selection.ts)
    // and the actors' links (it shows only their id, name and kind, page-actors.ts).
    async direct(store) {
      const page = await store.timelineSummaries({ window, match: 'OVERLAPS', actorIds: [], first: PAGE, after: null });
      const actors = page.items.flatMap(({ node }) =>
        node.itemType === 'Event' ? node.participants.map((p) => p.actorId) : [node.speakerId],
      );
      await store.getActorLinks(unique(actors));
      return page;
    },
  };
}

export function readScenarios(inputs: ScenarioInputs): ReadScenario[] {
  return [
    timeline('timeline-month', 'timeline, one-month window', inputs.month),
    timeline('timeline-year', 'timeline, one-year window', inputs.year),
    {
      name: 'network-hub-depth2',
      label: 'network, depth 2 around a hub',
      query: NETWORK,
      variables: { actorIds: [inputs.hubId], depth: 2 },
      // The resolver hands the network's actors to the edges' source and target (actorsAtHand): no lookup follows.
      // (This read used to add getActors of every edge end, whole actors with their evidence, which GraphQL never
      // makes: that is why "direct" once measured slower than GraphQL.)
      // The query selects only link fields, so the resolver reads networkLinks (network-selection.ts).
      direct: (store) => store.networkLinks({ actorIds: [inputs.hubId], depth: 2, window: null, match: 'OVERLAPS' }),
    },
    {
      // At 1M events the hub's whole depth-2 network (about half the actors) passes the 8 MB response budget and is
      // refused (RESPONSE_TOO_LARGE); the same walk within one year is what a reader asks of a graph that size.
      name: 'network-hub-depth2-year',
      label: 'network, depth 2 around a hub, one-year window',
      query: NETWORK,
      variables: { actorIds: [inputs.hubId], depth: 2, ...inputs.year },
      direct: (store) =>
        store.networkLinks({ actorIds: [inputs.hubId], depth: 2, window: inputs.year, match: 'OVERLAPS' }),
    },
    {
      name: 'density-range',
      label: `density, whole range, ${DENSITY_BUCKETS} buckets by actor`,
      query: DENSITY,
      variables: { ...inputs.range, buckets: DENSITY_BUCKETS, laneBy: 'ACTOR', lanes: DENSITY_LANES },
      // Density resolves in one store call: lanes carry their labels, so no nested lookups follow.
      direct: (store) =>
        store.timelineDensity({
          window: inputs.range,
          match: 'OVERLAPS',
          actorIds: [],
          buckets: DENSITY_BUCKETS,
          laneBy: 'ACTOR',
          lanes: DENSITY_LANES,
        }),
    },
    {
      name: 'search',
      label: `search "${inputs.searchText}"`,
      query: SEARCH,
      variables: { text: inputs.searchText },
      async direct(store) {
        const hits = await store.search({ text: inputs.searchText, first: 20 });
        const ids = (kind: string) => hits.filter((h) => h.kind === kind).map((h) => h.id);
        await Promise.all([
          store.getActors(ids('ACTOR')),
          store.getEvents(ids('EVENT')),
          store.getStatements(ids('STATEMENT')),
        ]);
        return hits;
      },
    },
  ];
}
