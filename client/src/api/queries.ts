// The client's GraphQL documents. Kept small: the server caps depth, aliases, tokens and cost.
const DATE = 'fragment D on FuzzyDate { edtf earliest latest precision label }';
/** Characters of article text shown on each side of an evidence span. */
export const CONTEXT_RADIUS = 260;
const EVIDENCE = `fragment E on Evidence { quote start end context(radius: ${CONTEXT_RADIUS}) { before quote after } source { id title publisher publishedAt url } }`;

/** A timeline item's disputed fields; claims are only loaded for items that have some. */
const ITEM_DISPUTES = 'disputes { field claims { date { ...D } source { id publisher } } }';
/** Every source's claim on a disputed field, with its evidence, for the evidence panel. */
const DISPUTES = `sources { id title publisher publishedAt url } disputes { field claims { field value date { ...D } source { id title publisher publishedAt url } evidence { ...E } } }`;

/**
 * `count` asks for the total too: the first page's, for progress while the rest loads. `from`, `to` and `actorIds`
 * page one window (null: all), what the client fetches once a window holds few enough items to draw.
 */
export const TIMELINE_QUERY = `query Timeline($first: Int!, $after: String, $count: Boolean = false, $from: String, $to: String, $actorIds: [ID!]) {
  timeline(first: $first, after: $after, from: $from, to: $to, actorIds: $actorIds) {
    pageInfo { hasNextPage endCursor }
    totalCount @include(if: $count)
    edges { node {
      __typename
      ... on Event { id title kind date { ...D } participants { role actor { id name kind } } ${ITEM_DISPUTES} }
      ... on Statement { id text statementKind: form date { ...D } speaker { id name kind } event { id } quotedIn { id } ${ITEM_DISPUTES} }
    } }
  }
}
${DATE}`;

/** Counts per time bucket and lane (docs/density.md): what the overview and the zoomed-out chart draw. */
export const DENSITY_QUERY = `query Density($from: String!, $to: String!, $buckets: Int!, $laneBy: DensityLaneBy!, $lanes: Int!, $actorIds: [ID!]) {
  timelineDensity(from: $from, to: $to, buckets: $buckets, laneBy: $laneBy, lanes: $lanes, actorIds: $actorIds) {
    buckets { start end } counts lanes { key label counts } total
  }
}`;

/**
 * The ids of the actors in the most items over a window (one density bucket by actor): what the network panel draws
 * when the whole network is too large (app/network-scope.ts). Its own operation, so the timeline's requests are told
 * apart from it.
 */
export const BUSIEST_ACTORS_QUERY = `query BusiestActors($from: String!, $to: String!, $lanes: Int!) {
  timelineDensity(from: $from, to: $to, buckets: 1, laneBy: ACTOR, lanes: $lanes) { lanes { key } }
}`;

/** The whole network, or (past the client's limit, app/network-scope.ts) the given actors and the links among them. */
export const NETWORK_QUERY = `query Network($actorIds: [ID!], $depth: Int = 1) {
  network(actorIds: $actorIds, depth: $depth) {
    nodes { id name kind aliases roles { title of { id name } } disputes { field } }
    edges { id type source { id } target { id } date { ...D } disputes { field } }
  }
}
${DATE}`;

export const NETWORK_WINDOW_QUERY = `query NetworkWindow($from: String, $to: String) {
  network(from: $from, to: $to) { nodes { id } edges { id } }
}`;

/** A bounded page of sources (the Sources filter's start, its type-ahead, an outlet's articles, chosen ids). */
export const SOURCES_PAGE_QUERY = `query SourcesPage($search: String, $publisher: String, $ids: [ID!], $first: Int) {
  sourcesConnection(search: $search, publisher: $publisher, ids: $ids, first: $first) {
    totalCount pageInfo { hasNextPage } edges { node { id title publisher publishedAt url } }
  }
}`;

export const EVENT_DETAIL_QUERY = `query EventDetail($id: ID!) {
  event(id: $id) {
    id title kind description location date { ...D }
    participants { role actor { id name kind } }
    links { type target { id title date { label } } }
    statements { id text statementKind: form speaker { name } }
    evidence { ...E }
    ${DISPUTES}
  }
}
${DATE}
${EVIDENCE}`;

export const STATEMENT_DETAIL_QUERY = `query StatementDetail($id: ID!) {
  statement(id: $id) {
    id text statementKind: form date { ...D }
    speaker { id name kind roles { title of { name } } }
    event { id title date { label } }
    quotes { id text statementKind: form speaker { id name } evidence { ...E } }
    quotedIn { id text statementKind: form speaker { id name } }
    evidence { ...E }
    ${DISPUTES}
  }
}
${DATE}
${EVIDENCE}`;

export const ACTOR_DETAIL_QUERY = `query ActorDetail($id: ID!) {
  actor(id: $id) { id name kind aliases roles { title of { id name } } evidence { ...E } ${DISPUTES} }
}
${DATE}
${EVIDENCE}`;

export const RELATIONSHIP_DETAIL_QUERY = `query RelationshipDetail($id: ID!) {
  relationship(id: $id) {
    id relationshipType: type source { id name kind } target { id name kind } date { ...D } evidence { ...E } ${DISPUTES}
  }
}
${DATE}
${EVIDENCE}`;

/** The ids of what some sources report: the Sources filter (`sourceIds`, paged like the timeline). */
export const SOURCE_ITEMS_QUERY = `query SourceItems($sourceIds: [ID!], $first: Int!, $after: String) {
  timeline(sourceIds: $sourceIds, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { ... on Event { id } ... on Statement { id } } }
  }
}`;

/** Which sources report each actor and relationship: the network has no `sourceIds`, so it filters here. */
export const NETWORK_SOURCES_QUERY = `query NetworkSources {
  network { nodes { id sources { id } } edges { id sources { id } } }
}`;
