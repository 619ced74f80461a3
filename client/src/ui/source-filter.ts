// The Sources filter: one chip per outlet; pressing some shows only what they report. It only reports
// changes (the chosen source ids); main.ts owns the state, which lives in the URL (`src`).
import { dispatch } from 'd3-dispatch';
import { select, type Selection } from 'd3-selection';
import type { ApiSource } from '../../../core/api/api-types.ts';
import { outletState, outletsOf, toggleOutlet, type Outlet } from '../model/source-subset.ts';
import { citeSource } from './credit.ts';
import { d3Component } from './component.ts';

export interface SourceFilterData {
  sources: readonly ApiSource[];
  /** The chosen source ids; empty: every source. */
  chosen: readonly string[];
}

interface SourceFilterEventMap {
  change: [sourceIds: string[]];
}

type Root = Selection<HTMLElement, SourceFilterData, null, undefined>;

export function sourceFilter() {
  const listeners = dispatch<object, SourceFilterEventMap>('change');
  let data: SourceFilterData | null = null;

  function view(selection: Root): void {
    data = selection.datum();
    const root = select(selection.node()!);
    let field = root.select<HTMLFieldSetElement>('fieldset.source-filter');
    if (field.empty()) {
      // Beside the other filters, before the actions (link, reset).
      field = root.insert<HTMLFieldSetElement>('fieldset', '.field.actions').attr('class', 'field chips source-filter');
      field.append('legend').text('Sources');
      field.append('div').attr('class', 'chip-list');
    }
    // One outlet is nothing to choose between.
    field.attr('hidden', data.sources.length > 1 ? null : '');
    const chosen = data.chosen;
    field
      .select('.chip-list')
      .selectAll<HTMLButtonElement, Outlet>('button')
      .data(outletsOf(data.sources), (o) => o.publisher)
      .join((enter) => {
        const b = enter.append('button').attr('type', 'button').attr('class', 'chip');
        b.append('span').attr('class', 'chip-label');
        b.append('span').attr('class', 'count');
        b.on('click', (_e: MouseEvent, o: Outlet) => {
          if (data) listeners.call('change', undefined, toggleOutlet(o, data.chosen));
        });
        return b;
      })
      .attr('data-publisher', (o) => o.publisher)
      .attr('data-sources', (o) => o.sourceIds.join(' '))
      .attr('aria-pressed', (o) => outletState(o, chosen))
      .attr('title', (o) => `Show only what ${o.publisher} reports: ${o.sources.map(citeSource).join('; ')}`)
      .call((b) => {
        b.select('.chip-label').text((o) => o.publisher);
        b.select('.count').text((o) => (o.sources.length > 1 ? `${o.sources.length}` : ''));
      });
  }

  return d3Component<SourceFilter>(view, listeners);
}

export interface SourceFilter {
  (selection: Root): void;
  on<K extends keyof SourceFilterEventMap>(type: K, listener: (...args: SourceFilterEventMap[K]) => void): SourceFilter;
}
