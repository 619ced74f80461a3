// What the filter bar shows, from the state and the loaded data.
import { DAY_MS, isoDayOf } from '../../../core/timeline/date-extent.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';
import type { FilterBarData } from '../ui/filter-bar.ts';
import type { Loaded } from './load-data.ts';
import type { Domain } from './shown-domain.ts';

export function filterBarData(state: ViewState, d: Loaded, shown: Domain): FilterBarData {
  return {
    state,
    eventKinds: d.kinds,
    colours: d.colours,
    actorName: state.actor ? (d.actorById.get(state.actor)?.name ?? state.actor) : null,
    shownFrom: isoDayOf(shown[0]),
    shownTo: isoDayOf(shown[1] - DAY_MS),
  };
}
