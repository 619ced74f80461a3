// The entries the chart and strip work from (every filter but the window), kept as one array until the data
// or a filter changes: the views index what they are given once per array, not once per frame.
import { filterEntries } from '../model/filter-entries.ts';
import { entriesReported, type SourceSubset } from '../model/source-subset.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';
import type { TimelineEntry } from '../../../core/timeline/timeline-entry.ts';

export function baseEntries(): (
  entries: TimelineEntry[],
  state: ViewState,
  sourceSubset: SourceSubset | null,
) => TimelineEntry[] {
  let base: { entries: TimelineEntry[]; key: string; filtered: TimelineEntry[] } | null = null;
  return (entries, state, sourceSubset) => {
    const key = JSON.stringify([state.text, state.actorKinds, state.eventKinds, state.actor, sourceSubset?.key]);
    if (base?.entries !== entries || base.key !== key)
      base = {
        entries,
        key,
        filtered: entriesReported(filterEntries(entries, { ...state, from: null, to: null }), sourceSubset),
      };
    return base.filtered;
  };
}
