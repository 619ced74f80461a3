import type { ViewState } from '../../../core/view-state/view-state.ts';
import { DAY_MS, dayStartMs } from '../../../core/timeline/date-extent.ts';

export type Domain = [number, number];

/** The visible window: the URL's, with missing ends taken from the data (`extent`, null before it loads). */
export function shownDomain(state: ViewState, extent: Domain | null): Domain {
  const full = extent ?? [0, DAY_MS];
  if (!state.from && !state.to) return full;
  const from = state.from ? dayStartMs(state.from) : full[0];
  const to = state.to ? dayStartMs(state.to) + DAY_MS : full[1];
  return to > from ? [from, to] : full;
}

/** How far the chart may zoom out: the data's extent, widened to a window the URL names beyond it. */
export function zoomExtent(state: ViewState, extent: Domain | null): Domain {
  const shown = shownDomain(state, extent);
  const all = extent ?? shown;
  return [Math.min(shown[0], all[0]), Math.max(shown[1], all[1])];
}
