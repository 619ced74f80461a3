// The Neo4j adapter of the GraphStore port. Lists run a keyset page query for ids, a count query with the same
// filters, and one batched by-id query to hydrate, all in one read transaction (primitives: cypher-reader.ts).
import type { Driver, ManagedTransaction } from 'neo4j-driver';
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
import { loadQueries } from '../../cypher/load-queries.ts';
import { readClaims, toDispute } from './claim-codec.ts';
import { searchCandidatesOf } from './search-rows.ts';
import { cursorScope, encodeCursor } from '../cursor.ts';
import { searchTerms } from '../snippet.ts';
import type {
  ActorPath,
  ActorQuery,
  SourceQuery,
  ActorLink,
  ActorSummary,
  EventQuery,
  GraphStore,
  NetworkQuery,
  NetworkLinks,
  NetworkSummary,
  Page,
  PageArgs,
  PathQuery,
  RelationshipQuery,
  SearchQuery,
  StatementQuery,
  TimelineItemSummary,
  TimelineQuery,
} from '../store.ts';
import { createDriver, type DriverOptions, type Neo4jConnection } from './create-driver.ts';
import { luceneQueryOf } from './lucene-query.ts';
import { readNetwork, readNetworkLinks } from './network-reads.ts';
import { rankHits } from '../rank-hits.ts';
import { timelineItems, timelineRead, type ByIdRead, type TimelineEntry } from './timeline-reads.ts';
import { runRead, runReadOnce } from './transactions.ts';
import type { Density, DensityQuery } from '../density.ts';
import { neo4jDensity } from './neo4j-density.ts';
import { SearchIndexMissingError } from '../store-errors.ts';
import { ByIdReads } from './by-id-reads.ts';
import { CypherReader, type PageRow } from './cypher-reader.ts';
import { readPaths } from './path-reads.ts';
import { READ_QUERIES, type ReadQuery } from './read-queries.ts';
import { keysetParams, scoped, sourceFilter, sourcePageFilters, windowParams } from './read-params.ts';
import { warmUp } from './warm-up.ts';
import { SeedWatch, seedInProgress } from './seed-watch.ts';

export { READ_QUERIES };

export interface StoreOptions extends DriverOptions {
  /** How long Neo4j lets one read transaction run before it ends it (the server's request deadline). */
  readTimeoutMs?: number;
}

const idsOf = (rows: readonly PageRow[]) => rows.map((r) => r.id);

export class Neo4jStore implements GraphStore {
  private constructor(
    private readonly driver: Driver,
    private readonly reader: CypherReader,
    private readonly database: string | undefined,
    /** Whether close() should close the driver: only when this store created it. */
    private readonly ownsDriver: boolean,
    /** Neo4j ends a read running longer than this (see runRead); none when undefined. */
    private readonly readTimeoutMs?: number,
  ) {
    this.byId = new ByIdReads(reader);
  }

  private readonly byId: ByIdReads;

  /** A store over a new driver for `connection`; close() closes that driver. */
  static async connect(connection: Neo4jConnection, options: StoreOptions = {}): Promise<Neo4jStore> {
    const queries = await loadQueries(READ_QUERIES);
    const driver = createDriver(connection, options);
    return new Neo4jStore(driver, new CypherReader(queries), connection.database, true, options.readTimeoutMs);
  }

  /** A store over a driver the caller owns (and closes). */
  static async fromDriver(driver: Driver, database?: string): Promise<Neo4jStore> {
    return new Neo4jStore(driver, new CypherReader(await loadQueries(READ_QUERIES)), database, false);
  }

  /** Every read refuses a half-loaded graph (SeedInProgressError) rather than answer from it as if complete. */
  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    await this.seedWatch.assertComplete();
    return runRead(this.driver, this.database, work, this.readTimeoutMs);
  }

  private readonly seedWatch = new SeedWatch(() =>
    seedInProgress(this.driver, this.database, this.reader.text('read/seed-in-progress'), this.readTimeoutMs),
  );

  listActors(q: ActorQuery): Promise<Page<Actor>> {
    const filters = { kind: q.kind ?? null, search: q.search ? q.search.toLowerCase() : null };
    return this.read((tx) =>
      this.reader.page(tx, 'read/actor-page', 'read/actor-count', filters, scoped('actors', q), (rows) =>
        this.byId.actors(tx, idsOf(rows)),
      ),
    );
  }

  listEvents(q: EventQuery): Promise<Page<Event>> {
    const filters = { ...windowParams(q.window, q.match), actorIds: q.actorIds, kinds: q.kinds, ...sourceFilter(q) };
    return this.read((tx) =>
      this.reader.page(tx, 'read/event-page', 'read/event-count', filters, scoped('events', q), (rows) =>
        this.byId.events(tx, idsOf(rows)),
      ),
    );
  }

  listStatements(q: StatementQuery): Promise<Page<Statement>> {
    const filters = { speakerId: q.speakerId || null, ...sourceFilter(q) };
    return this.read((tx) =>
      this.reader.page(tx, 'read/statement-page', 'read/statement-count', filters, scoped('statements', q), (rows) =>
        this.byId.statements(tx, idsOf(rows)),
      ),
    );
  }

  timeline(q: TimelineQuery): Promise<Page<TimelineItem>> {
    return this.timelinePage(q, this.byId.events, this.byId.statements);
  }

  timelineSummaries(q: TimelineQuery): Promise<Page<TimelineItemSummary>> {
    return this.timelinePage(q, this.byId.eventSummaries, this.byId.statementSummaries);
  }

  private timelinePage<E extends { id: string }, S extends { id: string }>(
    q: TimelineQuery,
    events: ByIdRead<E>,
    statements: ByIdRead<S>,
  ): Promise<Page<TimelineEntry<E, S>>> {
    const { page, count, filters } = timelineRead(q);
    return this.read((tx) =>
      this.reader.page(tx, page, count, filters, scoped('timeline', q), (rows) =>
        timelineItems(
          rows,
          (ids) => events(tx, ids),
          (ids) => statements(tx, ids),
        ),
      ),
    );
  }

  timelineDensity(q: DensityQuery): Promise<Density> {
    return this.read((tx) => neo4jDensity((query, params) => this.reader.rows(tx, query, params), q));
  }

  network(q: NetworkQuery): Promise<NetworkSummary> {
    return this.read((tx) => readNetwork(tx, this.reader, this.byId, q));
  }

  networkLinks(q: NetworkQuery): Promise<NetworkLinks> {
    return this.read((tx) => readNetworkLinks(tx, this.reader, this.byId, q));
  }

  listRelationships(q: RelationshipQuery): Promise<Page<Relationship>> {
    return this.read((tx) =>
      this.reader.page(
        tx,
        'read/actor-relationship-page',
        'read/actor-relationship-count',
        { actorId: q.actorId },
        scoped('relationships', q),
        (rows) => this.byId.relationships(tx, idsOf(rows)),
      ),
    );
  }

  async paths(q: PathQuery): Promise<ActorPath[]> {
    // allShortestPaths refuses a path from a node to itself; the port answers [] for it, as the embedded store does.
    if (q.fromId === q.toId || q.limit <= 0) return [];
    return this.read((tx) => readPaths(tx, this.reader, this.byId, q));
  }

  async search(q: SearchQuery): Promise<SearchHit[]> {
    const terms = searchTerms(q.text);
    if (terms.length === 0 || q.first <= 0) return [];
    const rows = await this.read((tx) => this.reader.rows(tx, 'read/search', { query: luceneQueryOf(terms) })).catch(
      async (e: unknown) => {
        // A missing index fails the query as a procedure error: say so plainly rather than as an internal error.
        if (e instanceof Error && /no such fulltext schema index/i.test(e.message)) throw new SearchIndexMissingError();
        throw e;
      },
    );
    return rankHits(searchCandidatesOf(rows), terms, q.first);
  }

  listSources(): Promise<Source[]> {
    return this.read(async (tx) => {
      const ids = (await this.reader.column(tx, 'read/source-ids', {}, 'id')).map(String);
      return (await this.byId.sources(tx, ids)).filter((x) => x !== null);
    });
  }

  pageSources(q: SourceQuery): Promise<Page<Source>> {
    const filters = sourcePageFilters(q);
    return this.read((tx) =>
      this.reader.page(tx, 'read/source-page', 'read/source-count', filters, scoped('sources', q), (rows) =>
        this.byId.sources(tx, idsOf(rows)),
      ),
    );
  }

  getActors(ids: readonly string[]): Promise<Array<Actor | null>> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.byId.actors(tx, ids));
  }

  getEvents(ids: readonly string[]): Promise<Array<Event | null>> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.byId.events(tx, ids));
  }

  getStatements(ids: readonly string[]): Promise<Array<Statement | null>> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.byId.statements(tx, ids));
  }

  getSources(ids: readonly string[]): Promise<Array<Source | null>> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.byId.sources(tx, ids));
  }

  getRelationships(ids: readonly string[]): Promise<Array<Relationship | null>> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.byId.relationships(tx, ids));
  }

  getClaims(ids: readonly string[]): Promise<Claim[][]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.read((tx) => readClaims((query, params) => this.reader.rows(tx, query as ReadQuery, params), ids));
  }

  listDisputes(q: PageArgs): Promise<Page<Dispute>> {
    const first = Math.max(0, q.first);
    const scope = cursorScope('disputes', q);
    return this.read(async (tx) => {
      const [rows, total] = await Promise.all([
        this.reader.rows(tx, 'read/dispute-page', keysetParams(first, q.after, scope)),
        this.reader.count(tx, 'read/dispute-count', {}),
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
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.byId.actorSummaries(tx, ids));
  }

  getActorLinks(ids: readonly string[]): Promise<Array<ActorLink | null>> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.byId.actorLinks(tx, ids));
  }

  getActorEvidence(ids: readonly string[]): Promise<Evidence[][]> {
    return ids.length === 0 ? Promise.resolve([]) : this.read((tx) => this.byId.actorEvidence(tx, ids));
  }

  async graphVersion(): Promise<string> {
    const [version] = await this.read((tx) => this.reader.column(tx, 'read/graph-version', {}, 'version'));
    // A graph no seed of this version has written (or one loaded before versions existed) is still one state.
    return typeof version === 'string' ? version : 'unversioned';
  }

  async degradations(): Promise<string[]> {
    const rows = await this.read((tx) => this.reader.rows(tx, 'admin/search-index-state', {}));
    const state = rows[0]?.state;
    if (state === undefined) return [new SearchIndexMissingError().message];
    return state === 'ONLINE' ? [] : [`the search index is ${String(state)}; search answers once it is ONLINE`];
  }

  warmUp(): Promise<void> {
    return warmUp(this);
  }

  async ping(): Promise<void> {
    // No retries: a health check reports an outage now; the readiness monitor retries on its own schedule.
    await runReadOnce(this.driver, this.database, this.reader.text('read/ping'));
    // Answering is not ready while a first seed loads: /ready says so (SEED_IN_PROGRESS) and asks again soon.
    await this.seedWatch.assertComplete(true);
  }

  async close(): Promise<void> {
    if (this.ownsDriver) await this.driver.close();
  }
}
