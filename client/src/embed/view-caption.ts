// Words for a view shown outside the app: a heading naming the reporting behind it, a one-line summary
// of the filters in force, and a file name for a downloaded picture. Pure.
import type { ApiSource } from '../../../core/api/api-types.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';
import { ACTOR_STYLE, humanizeKind } from '../../../core/palette/palette.ts';
import { formatIsoDay } from '../ui/credit.ts';
import type { EmbedView } from './view-links.ts';

const VIEW_NAME: Record<EmbedView, string> = { timeline: 'Timeline', network: 'Network' };

/** "Timeline: <article title>" for one article, "Timeline of 3 articles" for several. */
export function viewHeading(
  view: EmbedView,
  sources: readonly Pick<ApiSource, 'title'>[],
  /** How many the graph holds, when `sources` is only those known. */
  total = sources.length,
): string {
  const name = VIEW_NAME[view];
  if (total === 1 && sources[0]) return `${name}: ${sources[0].title}`;
  return total === 0 ? name : `${name} of ${total} articles`;
}

function windowText(from: string | null, to: string | null): string {
  if (from && to) return from === to ? formatIsoDay(from) : `${formatIsoDay(from)} – ${formatIsoDay(to)}`;
  if (from) return `From ${formatIsoDay(from)}`;
  if (to) return `Until ${formatIsoDay(to)}`;
  return 'All dates';
}

/** E.g. "1 January 2025 – 28 February 2025 · following Claudia Sheinbaum · lanes by kind". */
export function viewSummary(
  view: EmbedView,
  state: ViewState,
  actorName: string | null,
  /** The outlets the Sources filter chose, by name. */
  outletNames: readonly string[] = [],
): string {
  const parts = [windowText(state.from, state.to)];
  if (state.sources.length)
    parts.push(`as reported by ${outletNames.length ? outletNames.join(', ') : `${state.sources.length} sources`}`);
  if (state.actor) parts.push(`following ${actorName ?? state.actor}`);
  if (view === 'timeline' && state.laneBy === 'kind') parts.push('lanes by kind');
  if (state.text.trim()) parts.push(`matching “${state.text.trim()}”`);
  if (state.actorKinds.length)
    parts.push(`actors: ${state.actorKinds.map((k) => ACTOR_STYLE[k].label.toLowerCase()).join(', ')}`);
  if (state.eventKinds.length)
    parts.push(
      `kinds: ${state.eventKinds.map((k) => (k === 'statement' ? 'statements' : humanizeKind(k).toLowerCase())).join(', ')}`,
    );
  return parts.join(' · ');
}

/** "timeline.svg", or "network-2025-01-01-to-2025-02-28.png" for a window. */
export function pictureFileName(view: EmbedView, state: ViewState, extension: 'svg' | 'png'): string {
  const window = state.from || state.to ? `-${state.from ?? 'start'}-to-${state.to ?? 'end'}` : '';
  // Ids may hold ":", which some file systems refuse.
  const actor = state.actor ? `-${state.actor.replace(/[^A-Za-z0-9._-]/g, '-')}` : '';
  return `${view}${window}${actor}.${extension}`;
}
