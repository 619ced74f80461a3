// Paths of the embed page and exports for a set of filters. Export links use the names the export
// routes read (GraphQL's); embed links are written by the client's own URL-state code, since the embed
// page reads the app's URL state.
import type { LaneBy } from '../timeline/timeline-entry.ts';
import { serializeViewState } from '../view-state/url-state.ts';
import { DEFAULT_STATE } from '../view-state/view-state.ts';

export interface ExportUrlFilters {
  from: string | null;
  to: string | null;
  match: string;
  actorIds: readonly string[];
  /** The timeline exports and embed pages only: the network has no source filter on the server. */
  sourceIds?: readonly string[];
  depth: number;
  width: number | null;
  height: number | null;
  laneBy: LaneBy;
}

export interface ExportUrls {
  /** Null when the app cannot show these filters (it narrows to one actor at a time). */
  embedTimeline: string | null;
  embedNetwork: string | null;
  timelineSvg: string;
  timelineJS: string;
  timelineCsv: string;
  networkGraphml: string;
  networkJson: string;
}

function withQuery(path: string, params: Array<[string, string | number | null]>): string {
  const q = new URLSearchParams();
  for (const [k, v] of params) if (v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

function embedUrl(view: 'timeline' | 'network', f: ExportUrlFilters): string | null {
  if (f.actorIds.length > 1) return null;
  const state = serializeViewState({
    ...DEFAULT_STATE,
    from: f.from,
    to: f.to,
    laneBy: f.laneBy,
    actor: f.actorIds[0] ?? null,
    sources: [...(f.sourceIds ?? [])],
  });
  return `/embed?${new URLSearchParams([['view', view], ...state]).toString()}`;
}

export function exportUrls(f: ExportUrlFilters): ExportUrls {
  const timeline: Array<[string, string | number | null]> = [
    ['from', f.from],
    ['to', f.to],
    // The default is left out so links stay short.
    ['match', f.match === 'OVERLAPS' ? null : f.match],
    ['actorIds', f.actorIds.length > 0 ? f.actorIds.join(',') : null],
  ];
  const network: Array<[string, string | number | null]> = [...timeline, ['depth', f.depth === 1 ? null : f.depth]];
  if (f.sourceIds?.length) timeline.push(['sourceIds', [...f.sourceIds].sort().join(',')]);
  const lanes: [string, string | null] = ['laneBy', f.laneBy === 'actor' ? null : f.laneBy];
  return {
    embedTimeline: embedUrl('timeline', f),
    embedNetwork: embedUrl('network', f),
    timelineSvg: withQuery('/export/timeline.svg', [...timeline, lanes, ['width', f.width], ['height', f.height]]),
    timelineJS: withQuery('/export/timelinejs.json', [...timeline, lanes]),
    timelineCsv: withQuery('/export/timeline.csv', timeline),
    networkGraphml: withQuery('/export/network.graphml', network),
    networkJson: withQuery('/export/network.json', network),
  };
}
