// The embedded default store: the whole graph in memory, loaded from the same article documents as Neo4j.
import type {
  Actor,
  Event,
  Relationship,
  SearchHit,
  Source,
  Statement,
  TimelineItem,
} from '../../../core/domain/types.ts';
import { sortKeyOf } from '../../../core/dates/fuzzy-date.ts';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import type { Claim, Dispute } from '../../domain/claims/claim.ts';
import type {
  ActorPath,
  ActorQuery,
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
  SourceQuery,
  StatementQuery,
  TimelineItemSummary,
  TimelineQuery,
} from '../store.ts';
import type { Density, DensityQuery } from '../density.ts';
import { memoryDensity } from './memory-density.ts';
import { DensityIndex } from './density-index.ts';
import { dateMatches } from '../window.ts';
import { mergeArticles, type GraphSnapshot } from './merge-articles.ts';
import { cursorScope } from '../cursor.ts';
import { byKeyThenId, mergeByKeyThenId, paginate, sortByKeyThenId } from './paginate.ts';
import { DateIndex } from './date-index.ts';
import { SearchIndex } from './search-index.ts';
import { actorEvidence, actorLinks, actorSummaries } from './actor-summaries.ts';
import { shortestPaths } from './shortest-paths.ts';
import { byPublication, sourcePage } from './source-listing.ts';
import { toNetworkLinks } from '../network-links.ts';
import { randomUUID } from 'node:crypto';

const dateKey = (t: { date: Event['date'] }) => sortKeyOf(t.date);
const idOf = (t: { id: string }) => t.id;
/** Reported by one of `sourceIds`, or no filter when it is empty. */
const reportedByAny = (sourceIds: readonly string[] = [], t: { reportedBy: readonly string[] }) =>
  sourceIds.length === 0 || t.reportedBy.some((s) => sourceIds.includes(s));
const relationshipKey = (r: Relationship) => sortKeyOf(r.date);

export class MemoryStore implements GraphStore {
  private readonly graph: GraphSnapshot;
  /** Events and statements pre-sorted by (date key, id): reads filter, never sort. */
  private readonly eventsByDate: Event[];
  private readonly statementsByDate: Statement[];
  private readonly timelineByDate: TimelineItem[];
  private readonly actorsByName: Actor[];
  /**
   * Per actor: the ids of events it takes part in and statements it makes. Built on the first query filtered by
   * actor: 150k entries, a tenth of start-up, for one kind of read.
   */
  private involvement: Map<string, Set<string>> | null = null;
  private readonly relationshipsByActor = new Map<string, Relationship[]>();
  private readonly eventIndex: DateIndex<Event>;
  private readonly timelineIndex: DateIndex<TimelineItem>;
  /**
   * Built on warm-up (the readiness check runs it after the server listens) or the first search, whichever comes
   * first, in slices that leave the server answering: at 100k events it is seconds of work start-up need not wait for.
   */
  private searchIndex: Promise<SearchIndex> | null = null;
  /** Sorted on the first sources read. */
  private sourcesSorted: Source[] | null = null;
  /** Per-day density tallies (density-index.ts), built on the first density read without actorIds. */
  private densityIndex: DensityIndex | null = null;
  /** New on every start: the graph is loaded afresh, and nothing tells whether the articles changed meanwhile. */
  private readonly version = randomUUID();

  constructor(articles: readonly ParsedArticle[]) {
    this.graph = mergeArticles(articles);
    this.eventsByDate = sortByKeyThenId([...this.graph.events.values()], dateKey, idOf);
    this.statementsByDate = sortByKeyThenId([...this.graph.statements.values()], dateKey, idOf);
    // Both halves are sorted already: merging them is linear where sorting 150k items was not.
    this.timelineByDate = mergeByKeyThenId<TimelineItem>(
      this.eventsByDate.map((e): TimelineItem => ({ itemType: 'Event', ...e })),
      this.statementsByDate.map((s): TimelineItem => ({ itemType: 'Statement', ...s })),
      dateKey,
      idOf,
    );
    this.actorsByName = sortByKeyThenId([...this.graph.actors.values()], (a) => a.name, idOf);
    this.eventIndex = new DateIndex(this.eventsByDate);
    this.timelineIndex = new DateIndex(this.timelineByDate);
    for (const r of this.graph.relationships.values()) {
      // Each end once (a relationship may join an actor to itself), without a set per relationship.
      for (const end of r.sourceId === r.targetId ? [r.sourceId] : [r.sourceId, r.targetId]) {
        const list = this.relationshipsByActor.get(end) ?? [];
        list.push(r);
        this.relationshipsByActor.set(end, list);
      }
    }
    // In id order: the order shortest-paths.ts walks them in.
    for (const list of this.relationshipsByActor.values()) list.sort(byKeyThenId<Relationship>(idOf, idOf));
  }

  private buildInvolvement(): Map<string, Set<string>> {
    const involvement = new Map<string, Set<string>>();
    const involve = (actorId: string, itemId: string) => {
      let set = involvement.get(actorId);
      if (!set) involvement.set(actorId, (set = new Set()));
      set.add(itemId);
    };
    for (const e of this.eventsByDate) for (const p of e.participants) involve(p.actorId, e.id);
    for (const s of this.statementsByDate) involve(s.speakerId, s.id);
    return involvement;
  }

  private involves(actorIds: readonly string[], itemId: string): boolean {
    if (actorIds.length === 0) return true;
    const involvement = (this.involvement ??= this.buildInvolvement());
    return actorIds.some((a) => involvement.get(a)?.has(itemId));
  }

  async listActors(q: ActorQuery): Promise<Page<Actor>> {
    const needle = q.search?.toLowerCase() ?? null;
    const hits = this.actorsByName.filter(
      (a) =>
        (!q.kind || a.kind === q.kind) &&
        (!needle || [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(needle))),
    );
    return paginate(hits, (a) => a.name, idOf, q.first, q.after, cursorScope('actors', q));
  }

  async listEvents(q: EventQuery): Promise<Page<Event>> {
    const hits = this.eventIndex
      .candidates(q.window, q.match)
      .filter(
        (e) =>
          dateMatches(e.date, q.window, q.match) &&
          (q.kinds.length === 0 || q.kinds.includes(e.kind)) &&
          reportedByAny(q.sourceIds, e) &&
          this.involves(q.actorIds, e.id),
      );
    return paginate(hits, dateKey, idOf, q.first, q.after, cursorScope('events', q));
  }

  async listStatements(q: StatementQuery): Promise<Page<Statement>> {
    const hits =
      q.speakerId || (q.sourceIds?.length ?? 0) > 0
        ? this.statementsByDate.filter(
            (s) => (!q.speakerId || s.speakerId === q.speakerId) && reportedByAny(q.sourceIds, s),
          )
        : this.statementsByDate;
    return paginate(hits, dateKey, idOf, q.first, q.after, cursorScope('statements', q));
  }

  /** The timeline items matching a window and actors, in (sortKey, id) order: what timeline pages. */
  private timelineHits(q: Pick<TimelineQuery, 'window' | 'match' | 'actorIds' | 'sourceIds'>): TimelineItem[] {
    return this.timelineIndex
      .candidates(q.window, q.match)
      .filter(
        (t) =>
          dateMatches(t.date, q.window, q.match) && reportedByAny(q.sourceIds, t) && this.involves(q.actorIds, t.id),
      );
  }

  async timeline(q: TimelineQuery): Promise<Page<TimelineItem>> {
    return paginate(this.timelineHits(q), dateKey, idOf, q.first, q.after, cursorScope('timeline', q));
  }

  /** Whole items: here a summary would cost a copy of each, and a full item holds every summary field. */
  timelineSummaries(q: TimelineQuery): Promise<Page<TimelineItemSummary>> {
    return this.timeline(q);
  }

  async timelineDensity(q: DensityQuery): Promise<Density> {
    const actorName = (id: string) => this.graph.actors.get(id)?.name ?? null;
    // Built on the first density read, so start-up does not pay for it.
    if (q.actorIds.length === 0)
      return (this.densityIndex ??= new DensityIndex(this.timelineByDate, actorName)).density(q);
    return memoryDensity(this.timelineHits(q), q, actorName);
  }

  async network(q: NetworkQuery): Promise<NetworkSummary> {
    const inWindow = (r: Relationship) => q.window === null || dateMatches(r.date, q.window, q.match);
    const seeds =
      q.actorIds.length > 0 ? q.actorIds.filter((id) => this.graph.actors.has(id)) : [...this.graph.actors.keys()];
    const reached = new Set(seeds);
    let frontier = seeds;
    for (let hop = 0; hop < q.depth && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const r of this.relationshipsByActor.get(id) ?? []) {
          if (!inWindow(r)) continue;
          const other = r.sourceId === id ? r.targetId : r.sourceId;
          if (!reached.has(other)) {
            reached.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    const edges = [...this.graph.relationships.values()]
      .filter((r) => reached.has(r.sourceId) && reached.has(r.targetId) && inWindow(r))
      .sort(byKeyThenId<Relationship>((r) => sortKeyOf(r.date), idOf));
    // With a window and no seeds the question is "who is connected in this window": drop actors with no edge.
    const keep =
      q.actorIds.length === 0 && q.window !== null ? new Set(edges.flatMap((r) => [r.sourceId, r.targetId])) : reached;
    // Summaries, as the port promises (and the Neo4j store reads): evidence comes from getActorEvidence.
    const nodes = this.actorsByName.filter((a) => keep.has(a.id)).map(({ evidence: _, ...summary }) => summary);
    return { nodes, edges: edges.map(({ evidence: _, ...summary }) => summary) };
  }

  async networkLinks(q: NetworkQuery): Promise<NetworkLinks> {
    return toNetworkLinks(await this.network(q));
  }

  async listRelationships(q: RelationshipQuery): Promise<Page<Relationship>> {
    const mine = this.relationshipsByActor.get(q.actorId) ?? [];
    return paginate(
      sortByKeyThenId(mine, relationshipKey, idOf),
      relationshipKey,
      idOf,
      q.first,
      q.after,
      cursorScope('relationships', q),
    );
  }

  async paths(q: PathQuery): Promise<ActorPath[]> {
    return shortestPaths(this.relationshipsByActor, q);
  }

  async search(q: SearchQuery): Promise<SearchHit[]> {
    return (await this.index()).search(q.text, q.first);
  }

  private index(): Promise<SearchIndex> {
    return (this.searchIndex ??= SearchIndex.build(this.graph));
  }

  async listSources(): Promise<Source[]> {
    return [...this.sourcesByDate()];
  }

  async pageSources(q: SourceQuery): Promise<Page<Source>> {
    return sourcePage(this.sourcesByDate(), q);
  }

  private sourcesByDate(): readonly Source[] {
    return (this.sourcesSorted ??= byPublication(this.graph.sources.values()));
  }

  async listDisputes(q: PageArgs): Promise<Page<Dispute>> {
    return paginate(
      this.graph.disputes,
      (d) => d.subjectId,
      (d) => d.field,
      q.first,
      q.after,
      cursorScope('disputes', q),
    );
  }

  async getClaims(ids: readonly string[]): Promise<Claim[][]> {
    return ids.map((id) => this.graph.claims.get(id) ?? []);
  }
  async getActors(ids: readonly string[]) {
    return ids.map((id) => this.graph.actors.get(id) ?? null);
  }
  async getEvents(ids: readonly string[]) {
    return ids.map((id) => this.graph.events.get(id) ?? null);
  }
  async getStatements(ids: readonly string[]) {
    return ids.map((id) => this.graph.statements.get(id) ?? null);
  }
  async getSources(ids: readonly string[]) {
    return ids.map((id) => this.graph.sources.get(id) ?? null);
  }
  async getRelationships(ids: readonly string[]) {
    return ids.map((id) => this.graph.relationships.get(id) ?? null);
  }
  async getActorSummaries(ids: readonly string[]) {
    return actorSummaries(this.graph.actors, ids);
  }
  async getActorLinks(ids: readonly string[]) {
    return actorLinks(this.graph.actors, ids);
  }
  async getActorEvidence(ids: readonly string[]) {
    return actorEvidence(this.graph.actors, ids);
  }

  async graphVersion(): Promise<string> {
    return this.version;
  }

  async ping(): Promise<void> {}
  async warmUp(): Promise<void> {
    await this.index();
  }
  async close(): Promise<void> {}
}
