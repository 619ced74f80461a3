// Everything the client loads at start, through the API module, indexed for the views. The timeline arrives
// page by page and the network on its own, so each part is built as it comes and the views draw what is in.
import type { ApiActor, ApiNetwork, ApiRelationship, ApiSource, ApiTimelineItem } from '../api/api-types.ts';
import { entryKinds } from '../model/filter-entries.ts';
import { toEntries } from '../model/to-entries.ts';
import { kindColours } from '../theme/palette.ts';
import { dataDomain, dayStartMs, extentOf } from '../timeline/date-extent.ts';
import type { TimelineEntry } from '../timeline/timeline-entry.ts';

export interface TimelineData {
  entries: TimelineEntry[];
  entryById: Map<string, TimelineEntry>;
  kinds: string[];
  colours: Map<string, string>;
  extent: [number, number];
}

export interface NetworkData {
  actors: ApiActor[];
  actorById: Map<string, ApiActor>;
  edges: ApiRelationship[];
  edgeById: Map<string, ApiRelationship>;
  edgeDates: Map<string, string>;
}

export type Loaded = TimelineData & NetworkData & { sources: ApiSource[] };

/**
 * Kinds weighted for the palette: an event counts once, plus once per statement made at it, so the
 * kinds the reporting quotes people about get colours before the rest.
 */
function colourWeights(entries: readonly TimelineEntry[], kindOf: ReadonlyMap<string, TimelineEntry>): string[] {
  return entries.flatMap((e) => {
    if (e.type === 'event') return [e.kind];
    const event = e.eventId ? kindOf.get(e.eventId) : undefined;
    return event ? [event.kind] : [];
  });
}

/** Collects timeline pages; `data()` is the timeline so far (entries in the API's order, as one read would give). */
export function timelineCollector() {
  const entries: TimelineEntry[] = [];
  const entryById = new Map<string, TimelineEntry>();
  return {
    add(items: readonly ApiTimelineItem[]): void {
      for (const entry of toEntries(items)) {
        entries.push(entry);
        entryById.set(entry.id, entry);
      }
    },
    get size(): number {
      return entries.length;
    },
    /** A fresh array each time, so views that cache per data see the change. */
    data(): TimelineData {
      const all = entries.slice();
      return {
        entries: all,
        entryById,
        kinds: entryKinds(all),
        colours: kindColours(colourWeights(all, entryById)),
        extent: dataDomain(all.map((e) => extentOf(e.date))) ?? [dayStartMs('2025-01-01'), dayStartMs('2026-01-01')],
      };
    },
  };
}

export function networkData(graph: ApiNetwork): NetworkData {
  return {
    actors: graph.nodes,
    actorById: new Map(graph.nodes.map((a) => [a.id, a])),
    edges: graph.edges,
    edgeById: new Map(graph.edges.map((e) => [e.id, e])),
    edgeDates: new Map(graph.edges.flatMap((e) => (e.date ? [[e.id, e.date.label] as const] : []))),
  };
}

export const NO_NETWORK: NetworkData = networkData({ nodes: [], edges: [] });
