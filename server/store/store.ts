// The store port: everything the server reads goes through this interface. Two adapters implement it
// (store/memory, store/neo4j) and test/contract/store-contract.ts holds them to the same behaviour.
import type {
  Actor,
  ActorKind,
  Event,
  Evidence,
  Relationship,
  SearchHit,
  Source,
  Statement,
  TimelineItem,
} from '../../core/domain/types.ts';
import type { Density, DensityQuery } from './density.ts';
import type { Claim, Dispute } from '../domain/claims/claim.ts';

/** An inclusive window of ISO days; a missing end is unbounded. */
export interface DateWindow {
  from: string | null;
  to: string | null;
}

/**
 * How an item's date range is matched against a window (implemented once, in window.ts).
 * OVERLAPS (default): its known range touches the window. An open bound is unknown, not endless, so
 *   "../2025-05-05" counts as 5 May 2025 and "2025-02/.." as February 2025; a month touches every
 *   window that touches the month. In Cypher: coalesce(earliest, latest) <= $to AND coalesce(latest, earliest) >= $from.
 * POSSIBLY: it may have happened in the window: an open bound reaches forever.
 * WITHIN: it certainly happened in the window: both bounds known and inside it.
 * Items with no date (relationships only) match no window.
 */
export type DateMatch = 'OVERLAPS' | 'POSSIBLY' | 'WITHIN';

/**
 * An actor without its evidence: what a page of participants and speakers shows. Evidence is read apart
 * (getActorEvidence), only when a request asks for it: a hub actor is cited in hundreds of articles.
 */
export type ActorSummary = Omit<Actor, 'evidence'>;

/** A relationship without its evidence, as a network holds it; getRelationships reads the evidence. */
export type RelationshipSummary = Omit<Relationship, 'evidence'>;

/** An event without its links, statement ids and evidence: what a timeline page that shows none of them reads. */
export type EventSummary = Omit<Event, 'links' | 'statementIds' | 'evidence'>;
/** A statement without its quote ids and evidence. */
export type StatementSummary = Omit<Statement, 'quoteIds' | 'evidence'>;
/** A timeline item as `timelineSummaries` reads it (the GraphQL resolvers read the rest through the loaders). */
export type TimelineItemSummary =
  ({ itemType: 'Event' } & EventSummary) | ({ itemType: 'Statement' } & StatementSummary);

/**
 * The network as the store answers it: actors and relationships as summaries, since a depth-2 network around a hub
 * holds thousands of each. Reading every actor's evidence was most of the read on Neo4j (1.7 s), and the
 * relationships' evidence then two thirds of what remained (docs/benchmarks.md); getActorEvidence and
 * getRelationships read it for those a request asks about.
 */
export interface NetworkSummary {
  nodes: ActorSummary[];
  edges: RelationshipSummary[];
}

/** A network actor as a drawing of the network needs it: what `networkLinks` reads. */
export type ActorLink = Pick<ActorSummary, 'id' | 'name' | 'kind'>;
/** A network relationship without its claim lists (who reports it, what they dispute). */
export type RelationshipLink = Omit<RelationshipSummary, 'reportedBy' | 'disputedFields'>;

/**
 * The network without aliases, roles and claim lists: a hub actor is reported by thousands of articles, and those
 * lists were most of what a depth-2 network read on Neo4j (docs/benchmarks.md). Same actors, relationships and order
 * as `network`.
 */
export interface NetworkLinks {
  nodes: ActorLink[];
  edges: RelationshipLink[];
}

/** Keyset pagination: `after` is an opaque cursor from a previous page. */
export interface PageArgs {
  first: number;
  after: string | null;
}

export interface Page<T> {
  /** The embedded store's `cursor` is an enumerable getter, encoded when first read (memory/paginate.ts). */
  items: Array<{ node: T; readonly cursor: string }>;
  hasNextPage: boolean;
  totalCount: number;
}

export interface ActorQuery extends PageArgs {
  kind: ActorKind | null;
  /** Case-insensitive substring of the name or an alias. */
  search: string | null;
}

export interface EventQuery extends PageArgs {
  window: DateWindow;
  match: DateMatch;
  /** Events any of these actors takes part in; empty or absent means all. */
  actorIds: string[];
  kinds: string[];
  /** Events any of these sources reports (makes a claim about); empty or absent means all. */
  sourceIds?: readonly string[];
}

export interface StatementQuery extends PageArgs {
  speakerId: string | null;
  /** Statements any of these sources reports; empty or absent means all. */
  sourceIds?: readonly string[];
}

export interface TimelineQuery extends PageArgs {
  window: DateWindow;
  match: DateMatch;
  /** Events these actors take part in and statements they make; empty or absent means all. */
  actorIds: string[];
  /** Items any of these sources reports; empty or absent means all. */
  sourceIds?: readonly string[];
}

/** Sources (articles) by publication date then id, each filter optional (null or empty: none). */
export interface SourceQuery extends PageArgs {
  /** Case-insensitive substring of the publisher or the title. */
  search: string | null;
  /** Exactly this publisher (an outlet's articles). */
  publisher: string | null;
  /** Only these source ids. */
  ids: readonly string[];
}

export interface NetworkQuery {
  /** Seeds; empty means every actor. */
  actorIds: string[];
  /** Hops from the seeds, 0..MAX_NETWORK_DEPTH. */
  depth: number;
  /** When given, only relationships dated in the window are traversed and returned (undated ones never). */
  window: DateWindow | null;
  match: DateMatch;
}

/** The relationships one actor is either end of (a self-relationship counts once). */
export interface RelationshipQuery extends PageArgs {
  actorId: string;
}

/** Shortest paths between two distinct actors over relationships, walked in either direction. */
export interface PathQuery {
  fromId: string;
  toId: string;
  /** The longest path looked for, in relationships: 1..MAX_PATH_HOPS. */
  maxHops: number;
  /** At most this many paths: 1..MAX_PATHS. */
  limit: number;
}

/** One shortest path: actorIds[i] and actorIds[i + 1] are the ends of relationships[i]. */
export interface ActorPath {
  actorIds: string[];
  relationships: Relationship[];
}

export interface SearchQuery {
  text: string;
  first: number;
}

export interface GraphStore {
  /** Actors by name then id; an empty page when nothing matches. */
  listActors(query: ActorQuery): Promise<Page<Actor>>;
  /** Events by date (see sortKeyOf) then id. */
  listEvents(query: EventQuery): Promise<Page<Event>>;
  /** Statements by date then id. */
  listStatements(query: StatementQuery): Promise<Page<Statement>>;
  /** Events and statements together, by date then id. */
  timeline(query: TimelineQuery): Promise<Page<TimelineItem>>;
  /** `timeline`, each item a summary (TimelineItemSummary): on Neo4j the links and evidence were most of a page. */
  timelineSummaries(query: TimelineQuery): Promise<Page<TimelineItemSummary>>;
  /** Counts of the items `timeline` would list for the same filters, per bucket of the window and per lane (density.ts). */
  timelineDensity(query: DensityQuery): Promise<Density>;
  /** Actors within `depth` hops of the seeds and the relationships among them; empty when no seed exists. */
  network(query: NetworkQuery): Promise<NetworkSummary>;
  /** `network`, each actor and relationship cut to its link fields (NetworkLinks). */
  networkLinks(query: NetworkQuery): Promise<NetworkLinks>;
  /** Relationships the actor is either end of, by (sortKey, id); an empty page for an unknown actor. */
  listRelationships(query: RelationshipQuery): Promise<Page<Relationship>>;
  /**
   * Every shortest path between the two actors within maxHops, ordered by the ids along each path (actor,
   * relationship, actor, ...), the first `limit`; empty when they are not connected so closely or either is unknown.
   */
  paths(query: PathQuery): Promise<ActorPath[]>;
  /** Hits across actors, events and statements, best first; empty for no match. */
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Every source, by publication date then id: unbounded, for tools and tests; the API pages with pageSources. */
  listSources(): Promise<Source[]>;
  /** A page of sources by publication date then id; an empty page when nothing matches. */
  pageSources(query: SourceQuery): Promise<Page<Source>>;
  /** Every disputed field of every subject, by subject id then field; an empty page when sources all agree. */
  listDisputes(query: PageArgs): Promise<Page<Dispute>>;

  /** Batched lookups for nested fields: one result per id, in order, null where not found. */
  getActors(ids: readonly string[]): Promise<Array<Actor | null>>;
  getEvents(ids: readonly string[]): Promise<Array<Event | null>>;
  getStatements(ids: readonly string[]): Promise<Array<Statement | null>>;
  getSources(ids: readonly string[]): Promise<Array<Source | null>>;
  getRelationships(ids: readonly string[]): Promise<Array<Relationship | null>>;
  /** Each subject's claims, sorted by field, value, source; [] where there is no such subject. */
  getClaims(subjectIds: readonly string[]): Promise<Claim[][]>;
  /** Like getActors, but evidence need not be read (an adapter may still include it): cheaper for pages. */
  getActorSummaries(ids: readonly string[]): Promise<Array<ActorSummary | null>>;
  /**
   * Each actor's id, name and kind only: what a page that names its actors shows. A hub's claim list (reportedBy)
   * runs to thousands of article ids, and on Neo4j those lists were most of a month page's bytes and time.
   */
  getActorLinks(ids: readonly string[]): Promise<Array<ActorLink | null>>;
  /** Each actor's evidence, as getActors orders it; [] where there is no actor. */
  getActorEvidence(ids: readonly string[]): Promise<Evidence[][]>;

  /**
   * An opaque token that changes whenever the graph's facts may have changed: when a seed commits (Neo4j), on every
   * start (embedded). Cacheable answers derive their ETags from it (docs/caching.md).
   */
  graphVersion(): Promise<string>;

  /**
   * What works only in part, in words for /ready (e.g. search without its index); [] when all is well. Optional:
   * a store without such states need not have it.
   */
  degradations?(): Promise<string[]>;

  /** Resolves when the store can answer; rejects with StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  /** Runs the common reads once so their plans are ready (optional: a store with nothing to warm has none). */
  warmUp?(): Promise<void>;
  close(): Promise<void>;
}

export const MAX_NETWORK_DEPTH = 3;
/** Longest `paths` search, in relationships. cypher/read/paths-1..4.cypher, one file per bound. */
export const MAX_PATH_HOPS = 4;
/** Most paths one `paths` answer holds: two hubs can be joined by thousands of equally short paths. */
export const MAX_PATHS = 50;
