// The one module that talks to the server. Views never fetch; main.ts asks this module and passes data down.
import type { ApiNetwork, ApiSource, ApiTimelineItem, Detail } from '../../../core/api/api-types.ts';
import {
  ACTOR_DETAIL_QUERY,
  BUSIEST_ACTORS_QUERY,
  DENSITY_QUERY,
  EVENT_DETAIL_QUERY,
  NETWORK_QUERY,
  NETWORK_SOURCES_QUERY,
  NETWORK_WINDOW_QUERY,
  RELATIONSHIP_DETAIL_QUERY,
  SOURCE_ITEMS_QUERY,
  SOURCES_PAGE_QUERY,
  STATEMENT_DETAIL_QUERY,
  TIMELINE_QUERY,
} from './queries.ts';
import type { ApiDensity } from '../../../core/timeline/density-answer.ts';
import type { SelectionRef } from '../../../core/view-state/view-state.ts';
import { parseAnswer } from './api-precision.ts';
import type { SourcePage, SourcePageArgs } from './source-page.ts';
import { densityVariables, graphqlGetUrl } from './request-url.ts';
import { PATH_MAX_HOPS, PATHS_QUERY, type ApiPath } from './path-queries.ts';

/** Each detail query by the type it asks for; each answers under a field of that name (`event(id:)`, …). */
const DETAIL_QUERIES: Record<SelectionRef['type'], string> = {
  event: EVENT_DETAIL_QUERY,
  statement: STATEMENT_DETAIL_QUERY,
  actor: ACTOR_DETAIL_QUERY,
  relationship: RELATIONSHIP_DETAIL_QUERY,
};

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The server's largest page. */
const PAGE_SIZE = 500;
/** The most ids the server takes in one list argument. */
const MAX_IDS = 100;
/**
 * Reads go out as GET (the shipped documents, byte for byte, so the server's ETag and Cache-Control apply and a
 * browser or CDN can keep them: docs/caching.md) unless the URL would be longer than this, e.g. 100 source ids.
 */
const MAX_GET_URL = 6000;

/** One window of the timeline (null ends: open), for the actors given (null: all). */
export interface TimelineWindowArgs {
  from: string | null;
  to: string | null;
  actorIds: readonly string[] | null;
}

export interface TimelinePage {
  items: ApiTimelineItem[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number | null;
}

export interface DensityArgs {
  from: string;
  to: string;
  buckets: number;
  laneBy: 'ACTOR' | 'KIND';
  lanes: number;
  actorIds: readonly string[] | null;
}

export interface GraphQLClient {
  /**
   * The whole timeline, page after page (keyset cursors chain them); `onPage` sees each page as it arrives,
   * with the total (known from the first page on), so views can draw before the last page is in.
   */
  timeline(onPage?: (items: ApiTimelineItem[], totalCount: number) => void): Promise<ApiTimelineItem[]>;
  /** One page of a window; `signal` cancels it when the view has moved on. */
  timelinePage(
    window: TimelineWindowArgs,
    page: { first: number; after: string | null; count: boolean },
    signal?: AbortSignal,
  ): Promise<TimelinePage>;
  /** Counts per bucket and lane for a window (`timelineDensity`). */
  density(args: DensityArgs, signal?: AbortSignal): Promise<ApiDensity>;
  /** The ids of the `count` actors in the most events and statements between `from` and `to` (days). */
  busiestActors(from: string, to: string, count: number): Promise<string[]>;
  /** The whole network; given actors, only those and the relationships among them. */
  network(actorIds?: readonly string[]): Promise<ApiNetwork>;
  /** Ids of the actors and relationships the window keeps (relationships dated in it). */
  networkWindow(from: string | null, to: string | null): Promise<{ nodeIds: string[]; edgeIds: string[] }>;
  /** A page of sources (the API's sourcesConnection), by publication date: never the whole list. */
  sourcesPage(args: SourcePageArgs): Promise<SourcePage>;
  /** Ids of the events and statements any of these sources reports (the API's `sourceIds`). */
  sourceItemIds(sourceIds: readonly string[]): Promise<string[]>;
  /** Which sources report each actor and relationship, by id. */
  networkSources(): Promise<Map<string, string[]>>;
  /** The shortest paths between two actors (at most 4 hops, the first 10), each hop with its evidence. */
  paths(from: string, to: string): Promise<ApiPath[]>;
  /** The detail panel's data for a selection, or null when it no longer exists. */
  detail(ref: SelectionRef): Promise<Detail | null>;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export function createGraphQLClient(
  endpoint = '/graphql',
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): GraphQLClient {
  async function request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
    const accept = 'application/graphql-response+json, application/json';
    const url = graphqlGetUrl(endpoint, query, variables);
    const init: RequestInit =
      url.length <= MAX_GET_URL
        ? { method: 'GET', headers: { accept } }
        : {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept },
            body: JSON.stringify({ query, variables }),
          };
    if (signal) init.signal = signal;
    const response = await fetchImpl(init.method === 'GET' ? url : endpoint, init);
    const body = (await response
      .text()
      .then(parseAnswer)
      .catch(() => ({}))) as GraphQLResponse<T>;
    const first = body.errors?.[0];
    if (first) throw new ApiError(first.message, first.extensions?.code ?? null);
    if (!response.ok || !body.data) throw new ApiError(`The server answered ${response.status}`, null);
    return body.data;
  }

  async function timelinePage(
    window: TimelineWindowArgs,
    { first, after, count }: { first: number; after: string | null; count: boolean },
    signal?: AbortSignal,
  ): Promise<TimelinePage> {
    type Page = {
      timeline: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: ApiTimelineItem }>;
        totalCount?: number;
      };
    };
    const { from, to, actorIds } = window;
    const vars = { first, after, count, from, to, actorIds: actorIds ? [...actorIds] : null };
    const page = await request<Page>(TIMELINE_QUERY, vars, signal);
    return {
      items: page.timeline.edges.map((edge) => edge.node),
      endCursor: page.timeline.pageInfo.endCursor,
      hasNextPage: page.timeline.pageInfo.hasNextPage && page.timeline.pageInfo.endCursor !== null,
      totalCount: page.timeline.totalCount ?? null,
    };
  }

  return {
    async timeline(onPage) {
      const items: ApiTimelineItem[] = [];
      const all = { from: null, to: null, actorIds: null };
      let after: string | null = null;
      let total = 0;
      for (;;) {
        const page = await timelinePage(all, { first: PAGE_SIZE, after, count: after === null });
        for (const node of page.items) items.push(node);
        total = page.totalCount ?? total;
        onPage?.(page.items, Math.max(total, items.length));
        if (!page.hasNextPage) return items;
        after = page.endCursor;
      }
    },

    timelinePage,

    async density(args, signal) {
      const vars = densityVariables(args);
      return (await request<{ timelineDensity: ApiDensity }>(DENSITY_QUERY, vars, signal)).timelineDensity;
    },

    async busiestActors(from, to, count) {
      type Answer = { timelineDensity: { lanes: Array<{ key: string }> } };
      const answer = await request<Answer>(BUSIEST_ACTORS_QUERY, { from, to, lanes: count });
      return answer.timelineDensity.lanes.map((lane) => lane.key);
    },

    async network(actorIds) {
      // Given actors: those and the relationships among them (depth 0); none: the whole network, as before.
      const vars = actorIds ? { actorIds: [...actorIds], depth: 0 } : {};
      return (await request<{ network: ApiNetwork }>(NETWORK_QUERY, vars)).network;
    },

    async networkWindow(from, to) {
      const { network } = await request<{ network: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> } }>(
        NETWORK_WINDOW_QUERY,
        { from, to },
      );
      return { nodeIds: network.nodes.map((n) => n.id), edgeIds: network.edges.map((e) => e.id) };
    },

    async paths(from, to) {
      return (await request<{ paths: ApiPath[] }>(PATHS_QUERY, { from, to, maxHops: PATH_MAX_HOPS })).paths;
    },

    async sourcesPage({ ids, ...args }) {
      type Edges = { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: Array<{ node: ApiSource }> };
      const vars = ids ? { ...args, ids: [...ids] } : args;
      const page = (await request<{ sourcesConnection: Edges }>(SOURCES_PAGE_QUERY, vars)).sourcesConnection;
      return {
        sources: page.edges.map((e) => e.node),
        totalCount: page.totalCount,
        hasNextPage: page.pageInfo.hasNextPage,
      };
    },

    async sourceItemIds(sourceIds) {
      const ids: string[] = [];
      // The API takes at most 100 ids an argument: an outlet with more articles is asked in parts.
      for (let i = 0; i < sourceIds.length; i += MAX_IDS) {
        let after: string | null = null;
        for (;;) {
          type Page = {
            timeline: {
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: Array<{ node: { id: string } }>;
            };
          };
          const page: Page = await request<Page>(SOURCE_ITEMS_QUERY, {
            sourceIds: sourceIds.slice(i, i + MAX_IDS),
            first: PAGE_SIZE,
            after,
          });
          for (const edge of page.timeline.edges) ids.push(edge.node.id);
          if (!page.timeline.pageInfo.hasNextPage || !page.timeline.pageInfo.endCursor) break;
          after = page.timeline.pageInfo.endCursor;
        }
      }
      return ids;
    },

    async networkSources() {
      type Reported = Array<{ id: string; sources: Array<{ id: string }> }>;
      const { network } = await request<{ network: { nodes: Reported; edges: Reported } }>(NETWORK_SOURCES_QUERY);
      return new Map([...network.nodes, ...network.edges].map((x) => [x.id, x.sources.map((s) => s.id)]));
    },

    async detail(ref) {
      const answer = await request<Partial<Record<SelectionRef['type'], Omit<Detail, 'type'> | null>>>(
        DETAIL_QUERIES[ref.type],
        { id: ref.id },
      );
      const found = answer[ref.type];
      return found ? ({ type: ref.type, ...found } as Detail) : null;
    },
  };
}
