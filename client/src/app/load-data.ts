// Everything the client loads at start, through the API module, indexed for the views. The timeline arrives
// page by page and the network on its own, so each part is built as it comes and the views draw what is in.
import type { ApiActor, ApiNetwork, ApiRelationship, ApiSource, ApiTimelineItem } from '../../../core/api/api-types.ts';
import { toEntries } from '../../../core/timeline/to-entries.ts';
import { kindColours } from '../../../core/palette/palette.ts';
import { dataDomain, dayStartMs, extentOf } from '../../../core/timeline/date-extent.ts';
import type { TimelineEntry } from '../../../core/timeline/timeline-entry.ts';

export interface TimelineData {
  entries: TimelineEntry[];
  entryById: Map<string, TimelineEntry>;
  kinds: string[];
  colours: Map<string, string>;
  extent: [number, number];
  /** Whether any entry is disputed (the legend then explains the badge). */
  disputedEntries: boolean;
}

export interface NetworkData {
  actors: ApiActor[];
  actorById: Map<string, ApiActor>;
  edges: ApiRelationship[];
  edgeById: Map<string, ApiRelationship>;
  edgeDates: Map<string, string>;
  /** Actors and relationships whose sources disagree on something. */
  disputed: Set<string>;
}

/**
 * `sources`: those the client knows (the first page of the list, the chosen ones), never necessarily all;
 * `sourceTotal`: how many the graph holds. They are equal in length on a small graph.
 */
export type Loaded = TimelineData & NetworkData & { sources: ApiSource[]; sourceTotal: number };

/** Collects timeline pages; `data()` is the timeline so far (entries in the API's order, as one read would give). */
export function timelineCollector() {
  const entries: TimelineEntry[] = [];
  const entryById = new Map<string, TimelineEntry>();
  // Kept up to date page by page, so `data()` (called on every progress redraw) need not rescan all entries.
  const kinds = new Set<string>();
  let disputed = false;
  let lo = Infinity;
  let hi = -Infinity;
  return {
    add(items: readonly ApiTimelineItem[]): void {
      for (const entry of toEntries(items)) {
        entries.push(entry);
        entryById.set(entry.id, entry);
        kinds.add(entry.kind);
        if (entry.disputes?.length) disputed = true;
        const { start, end } = extentOf(entry.date);
        for (const v of [start, end]) if (v !== null) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
      }
    },
    get size(): number {
      return entries.length;
    },
    /** A fresh array each time, so views that cache per data see the change. */
    data(): TimelineData {
      const eventKinds = [...kinds].filter((k) => k !== 'statement').sort();
      return {
        entries: entries.slice(),
        entryById,
        kinds: kinds.has('statement') ? [...eventKinds, 'statement'] : eventKinds,
        colours: kindColours(kinds),
        disputedEntries: disputed,
        extent: dataDomain(lo <= hi ? [{ start: lo, end: hi }] : []) ?? [
          dayStartMs('2025-01-01'),
          dayStartMs('2026-01-01'),
        ],
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
    disputed: new Set([...graph.nodes, ...graph.edges].filter((x) => x.disputes?.length).map((x) => x.id)),
  };
}

export const NO_NETWORK: NetworkData = networkData({ nodes: [], edges: [] });
