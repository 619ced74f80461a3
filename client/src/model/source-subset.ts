// The Sources filter as data: what the chosen sources report (items from the API's `sourceIds`, actors and
// relationships from their `sources`), and the pure functions narrowing the views to it.
import type { ApiSource } from '../../../core/api/api-types.ts';
import type { TimelineEntry } from '../../../core/timeline/timeline-entry.ts';
import type { NetworkSubset } from './filter-entries.ts';

export interface SourceSubset {
  /** The source ids it was made for, sorted and joined: equal filters give equal keys. */
  key: string;
  items: ReadonlySet<string>;
  /** Actors and relationships any of the sources reports. */
  reported: ReadonlySet<string>;
}

export function sourceKey(sourceIds: readonly string[]): string {
  return [...sourceIds].sort().join(',');
}

/** Entries the sources report; every entry when there is no subset. */
export function entriesReported(entries: readonly TimelineEntry[], subset: SourceSubset | null): TimelineEntry[] {
  return subset ? entries.filter((e) => subset.items.has(e.id)) : [...entries];
}

/** The network narrowed to what the sources report: relationships they report between actors still shown. */
export function networkReported(
  shown: NetworkSubset,
  edges: ReadonlyArray<{ id: string; source: { id: string }; target: { id: string } }>,
  subset: SourceSubset | null,
): NetworkSubset {
  if (!subset) return shown;
  const nodeIds = new Set([...shown.nodeIds].filter((id) => subset.reported.has(id)));
  const edgeIds = new Set<string>();
  for (const e of edges)
    if (shown.edgeIds.has(e.id) && subset.reported.has(e.id) && nodeIds.has(e.source.id) && nodeIds.has(e.target.id))
      edgeIds.add(e.id);
  return { nodeIds, edgeIds };
}

/** One outlet: a publisher and its articles. The filter offers outlets; the URL and the API take article ids. */
export interface Outlet {
  publisher: string;
  sourceIds: string[];
  sources: ApiSource[];
}

/** Outlets by publisher name, each with its articles in publication order. */
export function outletsOf(sources: readonly ApiSource[]): Outlet[] {
  const byPublisher = new Map<string, ApiSource[]>();
  for (const s of sources) byPublisher.set(s.publisher, [...(byPublisher.get(s.publisher) ?? []), s]);
  return [...byPublisher]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([publisher, list]) => {
      const ordered = [...list].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || (a.id < b.id ? -1 : 1));
      return { publisher, sources: ordered, sourceIds: ordered.map((s) => s.id) };
    });
}

/** Whether an outlet is chosen: all its articles (true), some (mixed, from an edited link) or none. */
export function outletState(outlet: Outlet, chosen: readonly string[]): 'true' | 'false' | 'mixed' {
  const n = outlet.sourceIds.filter((id) => chosen.includes(id)).length;
  return n === 0 ? 'false' : n === outlet.sourceIds.length ? 'true' : 'mixed';
}

/** The chosen source ids after clicking an outlet: a chosen one is dropped, any other is added whole. */
export function toggleOutlet(outlet: Outlet, chosen: readonly string[]): string[] {
  const on = outletState(outlet, chosen) === 'true';
  const rest = chosen.filter((id) => !outlet.sourceIds.includes(id));
  return (on ? rest : [...rest, ...outlet.sourceIds]).sort();
}
