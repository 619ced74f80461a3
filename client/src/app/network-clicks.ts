// What a click in the network does to the view state. An actor is followed (its neighbourhood highlighted)
// as well as selected, and clicking it again lets go; anything else toggles the selection.
import type { SelectionRef, ViewState } from '../../../core/view-state/view-state.ts';
import { sameRef } from './same-ref.ts';

export function networkClick(state: ViewState, ref: SelectionRef): Partial<ViewState> {
  if (ref.type === 'actor')
    return state.actor === ref.id ? { actor: null, selected: null } : { actor: ref.id, selected: ref };
  return { selected: sameRef(state.selected, ref) ? null : ref };
}

/**
 * A click on the network's background lets go of what belongs to the network (the followed actor, a selected
 * actor or relationship) but keeps a selected event or statement; null when there is nothing to let go of.
 */
export function networkBackgroundClick(state: ViewState): Partial<ViewState> | null {
  const networkSelected = state.selected?.type === 'actor' || state.selected?.type === 'relationship';
  if (!state.actor && !networkSelected) return null;
  return { actor: null, selected: networkSelected ? null : state.selected };
}
