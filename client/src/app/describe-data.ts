// The page's words about the data: the credit line, the legends, the dek under the title and, embedded, the
// document title. Written once the data is in; while it loads, the dek counts the pages.
import { viewHeading } from '../embed/view-caption.ts';
import type { EmbedView } from '../embed/view-links.ts';
import { renderNetworkLegend, renderTimelineLegend } from '../legend/legends.ts';
import { creditLine } from '../ui/credit.ts';
import type { AppHosts } from './dom-hosts.ts';
import type { Loaded } from './load-data.ts';
import { NETWORK_ITEM_LIMIT } from './network-scope.ts';

export function describeSources(
  d: Loaded,
  hosts: Pick<AppHosts, 'timelineLegend' | 'networkLegend'>,
  embedView: EmbedView | null,
  /** Events and statements in all (more than `d.entries` when the timeline is loaded by window). */
  itemCount: number,
): void {
  const credit = creditLine(d.sources, d.sourceTotal);
  document.querySelectorAll('.credit').forEach((el) => (el.textContent = credit));
  renderTimelineLegend(hosts.timelineLegend, d.kinds, d.colours, d.disputedEntries);
  renderNetworkLegend(hosts.networkLegend, [...new Set(d.actors.map((a) => a.kind))].sort());
  if (embedView) document.title = `${viewHeading(embedView, d.sources, d.sourceTotal)} · kg-timeline`;
  const dek = document.querySelector('.dek');
  // Past the limit the network holds only the busiest actors (network-scope.ts): its counts are not the corpus's.
  const network =
    itemCount > NETWORK_ITEM_LIMIT
      ? `the network's ${d.actors.length} busiest actors and ${d.edges.length} relationships among them`
      : `${d.actors.length} actors and ${d.edges.length} relationships`;
  if (dek)
    dek.textContent = `${itemCount} events and statements, ${network}, each tied to the sentence that supports it.`;
}

/** While pages are still coming in, the dek says how far the load has got. */
export function describeProgress(loaded: number, total: number): void {
  const dek = document.querySelector('.dek');
  if (dek) dek.textContent = `Loading the graph… ${loaded} of ${total} events and statements so far.`;
}
