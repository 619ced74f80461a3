// The Neo4j adapter of the GraphStore port. Lists run a keyset page query for ids, a count query with the same
// filters, and one batched by-id query to hydrate, all in one read transaction.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type {
  Actor,
  Event,
  Evidence,
  Relationship,
  SearchHit,
  Source,
  Statement,
  TimelineItem,
} from '../../../core/domain/types.ts';
import type { Claim, Dispute } from '../../domain/claims/claim.ts';
import { loadQueries, type QueryMap } from '../../cypher/load-queries.ts';
import { decodeStoredClaims, readClaims, toDispute } from './claim-reads.ts';
import { sourceCandidate, subjectCandidates } from '../search-candidates.ts';
import { cursorScope, decodeCursor, encodeCursor } from '../cursor.ts';
import { searchTerms } from '../snippet.ts';
import type {
  ActorPath,
  ActorQuery,
  ActorSummary,
  DateMatch,
  DateWindow,
  EventQuery,
  GraphStore,
  NetworkQuery,
  NetworkSummary,
  Page,
  PageArgs,
  PathQuery,
  RelationshipQuery,
  SearchQuery,
  StatementQuery,
  TimelineQuery,
} from '../store.ts';
import { createDriver, type DriverOptions, type Neo4jConnection } from './create-driver.ts';
import { luceneQueryOf } from './lucene-query.ts';
import {
  toActor,
  toActorEvidence,
  toActorSummary,
  toEvent,
  toNumber,
  toRelationship,
  toSource,
  toStatement,
} from './map-records.ts';
import { rankHits, type SearchCandidate } from '../rank-hits.ts';
import { timelineRead, TIMELINE_QUERIES } from './timeline-reads.ts';
import { runRead, runReadOnce } from './transactions.ts';
import type { Density, DensityQuery } from '../density.ts';
import { DENSITY_QUERIES, neo4jDensity } from './neo4j-density.ts';
import { SearchIndexMissingError } from '../store-errors.ts';

/** One paths query per maxHops (see cypher/read/paths-1.cypher): a variable-length bound must be a literal. */
const PATH_QUERIES = ['read/paths-1', 'read/paths-2', 'read/paths-3', 'read/paths-4'] as const;

export const READ_QUERIES = [
  'read/ping',
  'read/graph-version',
  'read/claims-by-id',
  'read/dispute-page',
  'read/dispute-count',
  'read/actors-by-id',
  'read/actor-summaries-by-id',
  'read/actor-evidence-by-id',
  'read/events-by-id',
  'read/statements-by-id',
  'read/sources-by-id',
  'read/source-ids',
  'read/actor-page',
  'read/actor-count',
  'read/event-page',
  'read/event-count',
  'read/statement-page',
  'read/statement-count',
  ...TIMELINE_QUERIES,
  ...DENSITY_QUERIES,
  'read/network-seeds',
  'read/network-neighbours',
  'read/network-edges',
  'read/search',
  'admin/search-index-state',
  'read/relationships-by-id',
  'read/actor-relationship-page',
  'read/actor-relationship-count',
  ...PATH_QUERIES,
] as const;

type ReadQuery = (typeof READ_QUERIES)[number];

interface PageRow {
  id: string;
  key: string;
  /** Only the timeline mixes types: 'Event' or 'Statement'. */
  itemType: string | null;
}

const idsOf = (rows: readonly PageRow[]) => rows.map((r) => r.id);

/** Window parameters shared by the date-filtered queries. */
function windowParams(window: DateWindow | null, match: DateMatch) {
  return { from: window?.from ?? null, to: window?.to ?? null, match };
}

function keysetParams(first: number, after: string | null, scope: string) {
  const cursor = decodeCursor(after, scope);
  // One extra row tells whether another page follows. LIMIT needs a Cypher integer, not a float.
  // pageFrom: the cursor as a lower bound an index can seek ('' sorts first); afterKey/afterId make it exclusive.
  return {
    afterKey: cursor?.key ?? null,
    afterId: cursor?.id ?? null,
    pageFrom: cursor?.key ?? '',
    limit: neo4j.int(Math.max(0, first) + 1),
  };
}

/** The reporting-source filter of a list query: null for none. */
const sourceFilter = (q: { sourceIds?: readonly string[] }) => ({
  sourceIds: q.sourceIds && q.sourceIds.length > 0 ? q.sourceIds : null,
});

/** Page arguments with the scope their cursors are bound to (the same as the memory store's). */
const scoped = (list: string, q: { first: number; after: string | null }) => ({
  first: q.first,
  after: q.after,
  scope: cursorScope(list, q),
});

/** Restores input order (and nulls for unknown ids) after a `WHERE n.id IN $ids` query. */
function inOrder<T extends { id: string }>(ids: readonly string[], found: readonly T[]): Array<T | null> {
  const byId = new Map(found.map((t) => [t.id, t]));
  return ids.map((id) => byId.get(id) ?? null);
}

export class Neo4jStore implements GraphStore {
  private constructor(
    private readonly driver: Driver,
    private readonly queries: QueryMap<ReadQuery>,
    private readonly database: string | undefined,
    /** Whether close() should close the driver: only when this store created it. */
    private readonly ownsDriver: boolean,
  ) {}

  /** A store over a new driver for `connection`; close() closes that driver. */
  static async connect(connection: Neo4jConnection, options: DriverOptions = {}): Promise<Neo4jStore> {
    const queries = await loadQueries(READ_QUERIES);
    return new Neo4jStore(createDriver(connection, options), queries, connection.database, true);
  }

  /** A store over a driver the caller owns (and closes). */
  static async fromDriver(driver: Driver, database?: string): Promise<Neo4jStore> {
    return new Neo4jStore(driver, await loadQueries(READ_QUERIES), database, false);
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return runRead(this.driver, this.database, work);
  }

  private async rows(
    tx: ManagedTransaction,
    query: ReadQuery,
    params: Record<string, unknown>,
  ): Promise<Array<Record<string, unknown>>> {
    const result = await tx.run(this.queries[query], params);
    return result.records.map((r) => r.toObject() as Record<string, unknown>);
  }

  private async column(
    tx: ManagedTransaction,
    query: ReadQuery,
    params: Record<string, unknown>,
    key: string,
  ): Promise<unknown[]> {
    return (await this.rows(tx, query, params)).map((r) => r[key]);
  }

  private async count(tx: ManagedTransaction, query: ReadQuery, params: Record<string, unknown>): Promise<number> {
    const [total] = await this.column(tx, query, params, 'total');
    return toNumber(total, 'count');
  }

  private async pageRows(
    tx: ManagedTransaction,
    query: ReadQuery,
    params: Record<string, unknown>,
  ): Promise<PageRow[]> {
    return (await this.rows(tx, query, params)).map((r) => ({
      id: String(r.id),
      key: String(r.key),
      itemType: r.itemType === undefined ? null : String(r.itemType),
    }));
  }

  private async fetch<T extends { id: string }>(
    tx: ManagedTransaction,
    query: ReadQuery,
    key: string,
    map: (v: unknown) => T,
    ids: readonly string[],
  ): Promise<Array<T | null>> {
    if (ids.length === 0) return [];
    const found = (await this.column(tx, query, { ids: [...new Set(ids)] }, key)).map(map);
    return inOrder(ids, found);
  }

  private fetchActors = (tx: ManagedTransaction, ids: readonly string[]) =>
    this.fetch(tx, 'read/actors-by-id', 'actor', toActor, ids);
  private fetchActorSummaries = (tx: ManagedTransaction, ids: readonly string[]) =>
    this.fetch(tx, 'read/actor-summaries-by-id', 'actor', toActorSummary, ids);
  private fetchEvents = (tx: ManagedTransaction, ids: readonly string[]) =>
    this.fetch(tx, 'read/events-by-id', 'event', toEvent, ids);
  private fetchStatements = (tx: ManagedTransaction, ids: readonly string[]) =>
    this.fetch(tx, 'read/statements-by-id', 'statement', toStatement, ids);
  private fetchRelationships = (tx: ManagedTransaction, ids: readonly string[]) =>
    this.fetch(tx, 'read/relationships-by-id', 'relationship', toRelationship, ids);
  private fetchSources = (tx: ManagedTransaction, ids: readonly string[]) =>
    this.fetch(tx, 'read/sources-by-id', 'source', toSource, ids);

  /** Runs a page query and its count query, then hydrates the page's ids. */
  private async page<T>(
    tx: ManagedTransaction,
    pageQuery: ReadQuery,
    countQuery: ReadQuery,
    filters: Record<string, unknown>,
    /** scope: cursorScope() of the list and its filters, which the cursors carry. */
    args: { first: number; after: string | null; scope: string },
    /** One entry per row, in row order; null for a node deleted since the page query ran (reads are read-committed). */
    hydrate: (rows: PageRow[]) => Promise<Array<T | null>>,
  ): Promise<Page<T>> {
    const first = Math.max(0, args.first);
    // Both queries go out at once (the driver pipelines them on the transaction's connection): one round trip less.
    const [rows, totalCount] = await Promise.all([
      this.pageRows(tx, pageQuery, { ...filters, ...keysetParams(first, args.after, args.scope) }),
      this.count(tx, countQuery, filters),
    ]);
    const pageRows = rows.slice(0, first);
    const nodes = await hydrate(pageRows);
    return {
      items: pageRows.flatMap((r, i) => {
        const node = nodes[i];
        return node ? [{ node, cursor: encodeCursor(r.key, r.id, args.scope) }] : [];
      }),
      hasNextPage: rows.length > first,
      totalCount,
    };
  }

  listActors(q: ActorQuery): Promise<Page<Actor>> {
    const filters = { kind: q.kind ?? null, search: q.search ? q.search.toLowerCase() : null };
    return this.read((tx) =>
      this.page(tx, 'read/actor-page', 'read/actor-count', filters, scoped('actors', q), (rows) =>
        this.fetchActors(tx, idsOf(rows)),
      ),
    );
  }

  listEvents(q: EventQuery): Promise<Page<Event>> {
    const filters = { ...windowParams(q.window, q.match), actorIds: q.actorIds, kinds: q.kinds, ...sourceFilter(q) };
    return this.read((tx) =>
      this.page(tx, 'read/event-page', 'read/event-count', filters, scoped('events', q), (rows) =>
        this.fetchEvents(tx, idsOf(rows)),
      ),
    );
  }

  listStatements(q: StatementQuery): Promise<Page<Statement>> {
    const filters = { speakerId: q.speakerId || null, ...sourceFilter(q) };
    return this.read((tx) =>
      this.page(tx, 'read/statement-page', 'read/statement-count', filters, scoped('statements', q), (rows) =>
        this.fetchStatements(tx, idsOf(rows)),
      ),
    );
  }

  timeline(q: TimelineQuery): Promise<Page<TimelineItem>> {
    const { page, count, filters } = timelineRead(q);
    return this.read((tx) =>
      this.page(tx, page, count, filters, scoped('timeline', q), async (rows) => {
        const [events, statements] = await Promise.all([
          this.fetchEvents(
            tx,
            rows.filter((r) => r.itemType === 'Event').map((r) => r.id),
          ),
          this.fetchStatements(
            tx,
            rows.filter((r) => r.itemType === 'Statement').map((r) => r.id),
          ),
        ]);
        const byKey = new Map<string, TimelineItem>();
        for (const e of events) if (e) byKey.set(`Event:${e.id}`, { itemType: 'Event', ...e });
        for (const s of statements) if (s) byKey.set(`Statement:${s.id}`, { itemType: 'Statement', ...s });
        return rows.map((r) => byKey.get(`${r.itemType}:${r.id}`) ?? null);
      }),
    );
  }

  timelineDensity(q: DensityQuery): Promise<Density> {
    return this.read((tx) => neo4jDensity((query, params) => this.rows(tx, query, params), q));
  }

  async network(q: NetworkQuery): Promise<NetworkSummary> {
    // The resolver bounds depth by MAX_NETWORK_DEPTH; the walk also stops early once nothing new is reached.
    const depth = Math.max(0, Math.trunc(q.depth));
    const window = { windowed: q.window !== null, ...windowParams(q.window, q.match) };
    return this.read(async (tx) => {
      const seeds = (await this.column(tx, 'read/network-seeds', { ids: q.actorIds }, 'id')).map(String);
      const reached = new Set(seeds);
      if (q.actorIds.length > 0) {
        let frontier = seeds;
        for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
          const next = (await this.column(tx, 'read/network-neighbours', { frontier, ...window }, 'id'))
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
        await this.column(tx, 'read/network-edges', { actorIds: edgeFilter, ...window }, 'relationship')
      ).map(toRelationship);
      // With a window and no seeds the question is "who is connected in this window": only actors with an edge.
      const keep =
        q.actorIds.length === 0 && q.window !== null
          ? new Set(edges.flatMap((r) => [r.sourceId, r.targetId]))
          : reached;
      const nodes = (await this.fetchActorSummaries(tx, [...keep])).filter((a) => a !== null);
      nodes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { nodes, edges };
    });
  }

  listRelationships(q: RelationshipQuery): Promise<Page<Relationship>> {
    return this.read((tx) =>
      this.page(
        tx,
        'read/actor-relationship-page',
        'read/actor-relationship-count',
        { actorId: q.actorId },
        scoped('relationships', q),
        (rows) => this.fetchRelationships(tx, idsOf(rows)),
      ),
    );
  }

  async paths(q: PathQuery): Promise<ActorPath[]> {
    // allShortestPaths refuses a path from a node to itself; the port answers [] for it, as the embedded store does.
    if (q.fromId === q.toId || q.limit <= 0) return [];
    const query = PATH_QUERIES[Math.min(PATH_QUERIES.length, Math.max(1, Math.trunc(q.maxHops))) - 1]!;
    const params = { fromId: q.fromId, toId: q.toId, limit: neo4j.int(q.limit) };
    return this.read(async (tx) => {
      const rows = (await this.rows(tx, query, params)).map((r) => ({
        actorIds: (r.actorIds as unknown[]).map(String),
        relationshipIds: (r.relationshipIds as unknown[]).map(String),
      }));
      const found = await this.fetchRelationships(
        tx,
        rows.flatMap((r) => r.relationshipIds),
      );
      const byId = new Map(found.filter((r) => r !== null).map((r) => [r.id, r]));
      return rows.flatMap(({ actorIds, relationshipIds }) => {
        const relationships = relationshipIds.map((id) => byId.get(id));
        // A relationship deleted between the two reads drops its path rather than leaving a gap in it.
        return relationships.every((r) => r !== undefined) ? [{ actorIds, relationships }] : [];
      });
    });
  }

  async search(q: SearchQuery): Promise<SearchHit[]> {
    const terms = searchTerms(q.text);
    if (terms.length === 0 || q.first <= 0) return [];
    const rows = await this.read((tx) => this.rows(tx, 'read/search', { query: luceneQueryOf(terms) })).catch(
      async (e: unknown) => {
        // A missing index fails the query as a procedure error: say so plainly rather than as an internal error.
        if (e instanceof Error && /no such fulltext schema index/i.test(e.message)) throw new SearchIndexMissingError();
        throw e;
      },
    );
    const candidates: SearchCandidate[] = rows.flatMap((r) => {
      const id = String(r.id);
      if (r.type === 'Source') return [sourceCandidate({ id, title: String(r.title), text: String(r.text) })];
      const claims = decodeStoredClaims(id, r.claims);
      const type = claims[0]?.subjectType;
      return type ? subjectCandidates(type, id, claims) : [];
    });
    return rankHits(candidates, terms, q.first);
  }

  listSources(): Promise<Source[]> {
    return this.read(async (tx) => {
      const ids = (await this.column(tx, 'read/source-ids', {}, 'id')).map(String);
      return (await this.fetchSources(tx, ids)).filter((x) => x !== null);
    });
  }

  getActors(ids: readonly string[]): Promise<Array<Actor | null>> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.fetchActors(tx, ids));
  }

  getEvents(ids: readonly string[]): Promise<Array<Event | null>> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.fetchEvents(tx, ids));
  }

  getStatements(ids: readonly string[]): Promise<Array<Statement | null>> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.fetchStatements(tx, ids));
  }

  getSources(ids: readonly string[]): Promise<Array<Source | null>> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.fetchSources(tx, ids));
  }

  getRelationships(ids: readonly string[]): Promise<Array<Relationship | null>> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.fetchRelationships(tx, ids));
  }

  getClaims(ids: readonly string[]): Promise<Claim[][]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.read((tx) => readClaims((query, params) => this.rows(tx, query as ReadQuery, params), ids));
  }

  listDisputes(q: PageArgs): Promise<Page<Dispute>> {
    const first = Math.max(0, q.first);
    const scope = cursorScope('disputes', q);
    return this.read(async (tx) => {
      const [rows, total] = await Promise.all([
        this.rows(tx, 'read/dispute-page', keysetParams(first, q.after, scope)),
        this.count(tx, 'read/dispute-count', {}),
      ]);
      const items = rows.slice(0, first).map(toDispute);
      return {
        items: items.map((node) => ({ node, cursor: encodeCursor(node.subjectId, node.field, scope) })),
        hasNextPage: rows.length > first,
        totalCount: total,
      };
    });
  }

  getActorSummaries(ids: readonly string[]): Promise<Array<ActorSummary | null>> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.fetchActorSummaries(tx, ids));
  }

  async getActorEvidence(ids: readonly string[]): Promise<Evidence[][]> {
    if (ids.length === 0) return [];
    const rows = await this.read((tx) => this.rows(tx, 'read/actor-evidence-by-id', { ids: [...new Set(ids)] }));
    const byId = new Map(rows.map((r) => toActorEvidence(r)).map((a) => [a.id, a.evidence]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  async graphVersion(): Promise<string> {
    const [version] = await this.read((tx) => this.column(tx, 'read/graph-version', {}, 'version'));
    // A graph no seed of this version has written (or one loaded before versions existed) is still one state.
    return typeof version === 'string' ? version : 'unversioned';
  }

  async degradations(): Promise<string[]> {
    const rows = await this.read((tx) => this.rows(tx, 'admin/search-index-state', {}));
    const state = rows[0]?.state;
    if (state === undefined) return [new SearchIndexMissingError().message];
    return state === 'ONLINE' ? [] : [`the search index is ${String(state)}; search answers once it is ONLINE`];
  }

  async ping(): Promise<void> {
    // No retries: a health check reports an outage now; the readiness monitor retries on its own schedule.
    await runReadOnce(this.driver, this.database, this.queries['read/ping']);
  }

  async close(): Promise<void> {
    if (this.ownsDriver) await this.driver.close();
  }
}
