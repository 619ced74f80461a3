// The same items as the chart, as an ordered list: the accessible alternative, readable on any screen.
import { statementTitle } from '../../../core/text/statement-text.ts';
import { dispatch } from 'd3-dispatch';
import { select, type Selection } from 'd3-selection';
import { humanizeKind } from '../../../core/palette/palette.ts';
import type { Accessor } from '../ui/accessor.ts';
import { d3Component } from '../ui/component.ts';
import { anchorMs, extentOf } from '../../../core/timeline/date-extent.ts';
import { disputeSentence } from '../../../core/timeline/entry-dispute.ts';
import { htmlDisputeChip } from '../ui/dispute-mark.ts';
import type { TimelineEntry } from '../../../core/timeline/timeline-entry.ts';

interface ListEventMap {
  select: [id: string];
  /** The reader asked for the next page (a window listed page by page). */
  more: [];
}

/** A window listed a page at a time: how many items it holds, and whether a page is on its way. */
export interface ListPaging {
  total: number;
  /** Items fetched so far (the list shows those the filters keep). */
  fetched: number;
  loading: boolean;
}

type Root = Selection<HTMLElement, TimelineEntry[], null, undefined>;

export function listView() {
  const listeners = dispatch<object, ListEventMap>('select', 'more');
  const settings = {
    selectedId: null as string | null,
    colours: new Map<string, string>(),
    paging: null as ListPaging | null,
  };

  function view(selection: Root): void {
    const { selectedId, colours, paging } = settings;
    const entries = [...(selection.datum() ?? [])].sort(
      (a, b) => anchorMs(extentOf(a.date)) - anchorMs(extentOf(b.date)) || (a.id < b.id ? -1 : 1),
    );
    const root = select(selection.node()!);
    let list = root.select<HTMLOListElement>('ol.item-list');
    if (list.empty()) {
      root.append('p').attr('class', 'list-count').attr('aria-live', 'polite');
      list = root.append('ol').attr('class', 'item-list');
      root
        .append('button')
        .attr('type', 'button')
        .attr('class', 'list-more')
        .on('click', () => listeners.call('more', undefined));
    }
    const count = entries.length === 1 ? '1 item' : `${entries.length} items`;
    const more = paging ? Math.max(0, paging.total - paging.fetched) : 0;
    root
      .select('p.list-count')
      .text(paging ? `${count} of ${paging.total.toLocaleString('en')} in this window` : count);
    root
      .select<HTMLButtonElement>('button.list-more')
      .property('hidden', more === 0)
      .property('disabled', paging?.loading ?? false)
      .text(paging?.loading ? 'Loading…' : `Show more (${more.toLocaleString('en')} not listed yet)`);
    list
      .selectAll<HTMLLIElement, TimelineEntry>('li')
      .data(entries, (d) => d.id)
      .join((enter) => {
        const li = enter.append('li');
        const button = li.append('button').attr('type', 'button').attr('class', 'item');
        button.append('span').attr('class', 'swatch').attr('aria-hidden', 'true');
        button.append('span').attr('class', 'when');
        button.append('span').attr('class', 'what');
        button.append('span').attr('class', 'title');
        button.append('span').attr('class', 'who');
        button.on('click', (_event: MouseEvent, d) => listeners.call('select', undefined, d.id));
        return li;
      })
      .call((li) => {
        const button = li
          .select<HTMLButtonElement>('button')
          .attr('data-id', (d) => d.id)
          .attr('data-type', (d) => d.type)
          .attr('aria-pressed', (d) => String(d.id === selectedId))
          .classed('is-selected', (d) => d.id === selectedId);
        button.select('.swatch').style('background', (d) => colours.get(d.kind) ?? '#333');
        button.select('.when').text((d) => d.date.label);
        button.select('.what').text((d) => (d.type === 'statement' ? 'Statement' : humanizeKind(d.kind)));
        button
          .select('.title')
          .classed('paraphrase', (d) => d.statementKind === 'PARAPHRASE')
          .text((d) => (d.type === 'statement' ? statementTitle(d.title, d.statementKind ?? 'PARAPHRASE') : d.title));
        button
          .select('.who')
          .text((d) =>
            d.type === 'statement'
              ? `said by ${d.actors[0]?.name ?? 'unknown'}`
              : d.actors.map((a) => a.name).join(', '),
          );
        button
          .attr('data-disputed', (d) => d.disputes?.map((x) => x.field).join(' ') || null)
          .each(function (d) {
            htmlDisputeChip(this, d.disputes?.length ? disputeSentence(d.disputes) : null);
          });
      });
  }

  return d3Component<ListView>(view, listeners, settings);
}

export interface ListView {
  (selection: Root): void;
  selectedId: Accessor<string | null, ListView>;
  colours: Accessor<Map<string, string>, ListView>;
  /** Set when the list holds the pages fetched so far of a larger window; null: `entries` are all. */
  paging: Accessor<ListPaging | null, ListView>;
  on<K extends keyof ListEventMap>(type: K, listener: (...args: ListEventMap[K]) => void): ListView;
}
