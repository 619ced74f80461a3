// Everything the client loads once at start, through the API module, indexed for the views.
import type { ApiActor, ApiRelationship, ApiSource } from '../api/api-types.ts';
import type { GraphQLClient } from '../api/graphql-client.ts';
import { entryKinds } from '../model/filter-entries.ts';
import { toEntries } from '../model/to-entries.ts';
import { kindColours } from '../theme/palette.ts';
import { dataDomain, dayStartMs, extentOf } from '../timeline/date-extent.ts';
import type { TimelineEntry } from '../timeline/timeline-entry.ts';

export interface Loaded {
  entries: TimelineEntry[];
  entryById: Map<string, TimelineEntry>;
  actors: ApiActor[];
  actorById: Map<string, ApiActor>;
  edges: ApiRelationship[];
  edgeById: Map<string, ApiRelationship>;
  edgeDates: Map<string, string>;
  sources: ApiSource[];
  kinds: string[];
  colours: Map<string, string>;
  extent: [number, number];
}

/**
 * Kinds weighted for the palette: an event counts once, plus once per statement made at it, so the
 * kinds the reporting quotes people about get colours before the rest.
 */
function colourWeights(entries: readonly TimelineEntry[]): string[] {
  const kindOf = new Map(entries.map((e) => [e.id, e.kind]));
  return entries.flatMap((e) =>
    e.type === 'event' ? [e.kind] : e.eventId && kindOf.has(e.eventId) ? [kindOf.get(e.eventId)!] : [],
  );
}

export async function loadData(api: GraphQLClient): Promise<Loaded> {
  const [items, graph, sources] = await Promise.all([api.timeline(), api.network(), api.sources()]);
  const entries = toEntries(items);
  const kinds = entryKinds(entries);
  const edgeDates = new Map(graph.edges.flatMap((e) => (e.date ? [[e.id, e.date.label] as const] : [])));
  return {
    entries,
    entryById: new Map(entries.map((e) => [e.id, e])),
    actors: graph.nodes,
    actorById: new Map(graph.nodes.map((a) => [a.id, a])),
    edges: graph.edges,
    edgeById: new Map(graph.edges.map((e) => [e.id, e])),
    edgeDates,
    sources,
    kinds,
    colours: kindColours(colourWeights(entries)),
    extent: dataDomain(entries.map((e) => extentOf(e.date))) ?? [dayStartMs('2025-01-01'), dayStartMs('2026-01-01')],
  };
}
