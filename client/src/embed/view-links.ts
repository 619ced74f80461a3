// Addresses of the view on screen elsewhere: the embed page (and its <iframe> snippet), the full app,
// and the server's exports with the same filters. Pure, so what the Embed dialog offers is unit-tested.
import { exportUrls, type ExportUrls } from '../../../core/exports/export-urls.ts';
import { escapeMarkup } from '../../../core/text/html-text.ts';
import { serializeViewState } from '../../../core/view-state/url-state.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';

export type EmbedView = 'timeline' | 'network';

/** The embed page's `view` parameter; anything else is the timeline. */
export function readEmbedView(params: URLSearchParams): EmbedView {
  return params.get('view') === 'network' ? 'network' : 'timeline';
}

export function isEmbedPath(pathname: string): boolean {
  return /\/embed\/*$/.test(pathname);
}

/** The app's root for a page path, ending in "/": "/" for "/", "/app" and "/embed"; "/kg/" for "/kg/embed". */
export function appRoot(pathname: string): string {
  return `${pathname.replace(/\/+$/, '').replace(/\/(?:app|embed)$/, '')}/`;
}

/** The embed page always draws the chart: the list is the full app's accessible alternative. */
export function embedUrl(origin: string, root: string, view: EmbedView, state: ViewState): string {
  const query = new URLSearchParams([['view', view], ...serializeViewState({ ...state, show: 'chart' })]);
  return `${origin}${root}embed?${query.toString()}`;
}

export function fullViewUrl(origin: string, root: string, state: ViewState): string {
  const query = serializeViewState(state).toString();
  return `${origin}${root}${query ? `?${query}` : ''}`;
}

export interface SnippetOptions {
  src: string;
  title: string;
  height?: number;
}

/** The HTML a report pastes in; attribute values are escaped, so any state or title is safe in it. */
export function iframeSnippet({ src, title, height = 480 }: SnippetOptions): string {
  return `<iframe src="${escapeMarkup(src)}" width="100%" height="${height}" style="border:0" title="${escapeMarkup(title)}" loading="lazy"></iframe>`;
}

/**
 * The exports for this view, as absolute addresses. They take the window, the lanes and the followed
 * actor; search and kind filters have no export parameter (see screenOnlyFilters).
 */
export function exportLinks(origin: string, root: string, state: ViewState): ExportUrls {
  const paths = exportUrls({
    from: state.from,
    to: state.to,
    match: 'OVERLAPS',
    actorIds: state.actor ? [state.actor] : [],
    sourceIds: state.sources,
    depth: state.depth,
    width: null,
    height: null,
    laneBy: state.laneBy,
  });
  const base = `${origin}${root.replace(/\/$/, '')}`;
  const absolute = (path: string) => `${base}${path}`;
  return {
    embedTimeline: paths.embedTimeline && absolute(paths.embedTimeline),
    embedNetwork: paths.embedNetwork && absolute(paths.embedNetwork),
    timelineSvg: absolute(paths.timelineSvg),
    timelineJS: absolute(paths.timelineJS),
    timelineCsv: absolute(paths.timelineCsv),
    networkGraphml: absolute(paths.networkGraphml),
    networkJson: absolute(paths.networkJson),
  };
}

/** Filters on screen that the exports cannot carry, named for a note beside the export links. */
export function screenOnlyFilters(state: ViewState): string[] {
  return [
    ...(state.text.trim() ? ['the search'] : []),
    ...(state.actorKinds.length ? ['actor kinds'] : []),
    ...(state.eventKinds.length ? ['event kinds'] : []),
    // The timeline's exports take sourceIds; the network's cannot (the API's network has no source filter).
    ...(state.sources.length ? ['the Sources filter (in the network exports)'] : []),
  ];
}
