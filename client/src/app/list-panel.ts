// The list view and where its items come from: the loaded entries, or, for a window too large to fetch whole
// (windowed-timeline.ts), its items a page at a time (list-pager.ts).
import { select } from 'd3-selection';
import type { GraphQLClient } from '../api/graphql-client.ts';
import { listView } from '../list/list-view.ts';
import { filterEntries } from '../model/filter-entries.ts';
import { entriesReported, type SourceSubset } from '../model/source-subset.ts';
import { domainToWindow } from '../../../core/timeline/date-extent.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';
import { listPager } from './list-pager.ts';
import type { Loaded } from './load-data.ts';
import type { Domain } from './shown-domain.ts';
import type { windowedTimeline } from './windowed-timeline.ts';

export interface ListPanelDeps {
  api: Pick<GraphQLClient, 'timelinePage'>;
  host: HTMLElement;
  windowed: Pick<ReturnType<typeof windowedTimeline>, 'active' | 'itemsCover'>;
  sourceSubset: () => SourceSubset | null;
  selectEntry: (id: string) => void;
  setBusy: (delta: number) => void;
  showStatus: (message: unknown) => void;
  render: () => void;
}

export function listPanel(deps: ListPanelDeps) {
  const { host, windowed, sourceSubset } = deps;
  const pager = listPager(deps);
  const list = listView()
    .on('select', (id) => deps.selectEntry(id))
    .on('more', () => pager.more());
  return {
    draw(d: Loaded, state: ViewState, shown: Domain): void {
      const window = { ...domainToWindow(shown), actorIds: state.actor ? [state.actor] : null };
      const paged = windowed.active() && !windowed.itemsCover(shown) ? pager.show(window) : null;
      const listed = entriesReported(filterEntries(paged?.entries ?? d.entries, state), sourceSubset());
      list
        .selectedId(state.selected?.id ?? null)
        .colours(d.colours)
        .paging(paged);
      select(host).datum(listed).call(list);
    },
    /** An item listed from a page (not among the loaded entries). */
    entry: (id: string) => pager.entry(id),
  };
}
