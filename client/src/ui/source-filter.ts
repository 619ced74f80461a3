// The Sources filter: one chip per outlet; pressing some shows only what they report. It only reports changes
// (the chosen source ids, typed text, a picked outlet); main.ts owns the state, which lives in the URL (`src`).
// A corpus whose sources all came in the first page offers every outlet. A bigger one offers a search box: the
// chosen outlets, then the outlets matching what was typed (source-finder.ts asks the API, a page at a time).
import { dispatch } from 'd3-dispatch';
import { select, type Selection } from 'd3-selection';
import type { ApiSource } from '../../../core/api/api-types.ts';
import { outletState, outletsOf, toggleOutlet, type Outlet } from '../model/source-subset.ts';
import { citeSource } from './credit.ts';
import { d3Component } from './component.ts';

export interface SourceFilterData {
  /** The sources known: all of them on a small corpus, else a first page and the chosen ones. */
  sources: readonly ApiSource[];
  /** How many the graph holds. */
  total: number;
  /** The chosen source ids; empty: every source. */
  chosen: readonly string[];
  /** Sources matching the typed text (a corpus too big to offer whole). */
  matches: readonly ApiSource[];
}

interface SourceFilterEventMap {
  change: [sourceIds: string[]];
  search: [text: string];
  pick: [publisher: string];
}

type Root = Selection<HTMLElement, SourceFilterData, null, undefined>;
/** An outlet as a chip: a match is picked through the API (its articles are not all known), a known one toggled. */
type Chip = Outlet & { match: boolean };

/** Every outlet when all sources are known; else the chosen outlets, then the matching ones not chosen. */
function chipsOf(d: SourceFilterData): Chip[] {
  if (d.sources.length >= d.total) return outletsOf(d.sources).map((o) => ({ ...o, match: false }));
  const chosen = outletsOf(d.sources.filter((s) => d.chosen.includes(s.id)));
  const taken = new Set(chosen.map((o) => o.publisher));
  const found = outletsOf(d.matches).filter((o) => !taken.has(o.publisher));
  return [...chosen.map((o) => ({ ...o, match: false })), ...found.map((o) => ({ ...o, match: true }))];
}

export function sourceFilter() {
  const listeners = dispatch<object, SourceFilterEventMap>('change', 'search', 'pick');
  let data: SourceFilterData | null = null;

  function view(selection: Root): void {
    data = selection.datum();
    const root = select(selection.node()!);
    let field = root.select<HTMLFieldSetElement>('fieldset.source-filter');
    if (field.empty()) {
      // Beside the other filters, before the actions (link, reset).
      field = root.insert<HTMLFieldSetElement>('fieldset', '.field.actions').attr('class', 'field chips source-filter');
      field.append('legend').text('Sources');
      field
        .append('input')
        .attr('type', 'search')
        .attr('class', 'source-search')
        .attr('aria-label', 'Find an outlet')
        .attr('placeholder', 'Find an outlet…')
        .on('input', (e: Event) => listeners.call('search', undefined, (e.target as HTMLInputElement).value));
      field.append('div').attr('class', 'chip-list');
    }
    const complete = data.sources.length >= data.total;
    // One outlet is nothing to choose between.
    field.attr('hidden', complete && data.sources.length <= 1 ? '' : null);
    field.select('input.source-search').attr('hidden', complete ? '' : null);
    const chosen = data.chosen;
    field
      .select('.chip-list')
      .selectAll<HTMLButtonElement, Chip>('button')
      .data(chipsOf(data), (o) => o.publisher)
      .join((enter) => {
        const b = enter.append('button').attr('type', 'button').attr('class', 'chip');
        b.append('span').attr('class', 'chip-label');
        b.append('span').attr('class', 'count');
        b.on('click', (_e: MouseEvent, o: Chip) => {
          if (o.match) listeners.call('pick', undefined, o.publisher);
          else if (data) listeners.call('change', undefined, toggleOutlet(o, data.chosen));
        });
        return b;
      })
      .attr('data-publisher', (o) => o.publisher)
      .attr('data-sources', (o) => (o.match ? null : o.sourceIds.join(' ')))
      .attr('aria-pressed', (o) => (o.match ? 'false' : outletState(o, chosen)))
      .attr('title', (o) =>
        o.match
          ? `Show only what ${o.publisher} reports`
          : `Show only what ${o.publisher} reports: ${o.sources.map(citeSource).join('; ')}`,
      )
      .call((b) => {
        b.select('.chip-label').text((o) => o.publisher);
        b.select('.count').text((o) => (!o.match && o.sources.length > 1 ? `${o.sources.length}` : ''));
      });
  }

  return d3Component<SourceFilter>(view, listeners);
}

export interface SourceFilter {
  (selection: Root): void;
  on<K extends keyof SourceFilterEventMap>(type: K, listener: (...args: SourceFilterEventMap[K]) => void): SourceFilter;
}
