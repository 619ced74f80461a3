// Everything that decides what is on screen. It all lives in the URL (see url-state.ts), so a pasted
// link reproduces the view exactly.
import type { ActorKind } from '../domain/types.ts';
import type { LaneBy } from '../timeline/timeline-entry.ts';

export type SelectionType = 'event' | 'statement' | 'actor' | 'relationship';

export interface SelectionRef {
  type: SelectionType;
  id: string;
}

export type NetworkDepth = 1 | 2 | 3;

export interface ViewState {
  /** Inclusive ISO-day window shown by the timeline and applied to the network; null ends mean all. */
  from: string | null;
  to: string | null;
  laneBy: LaneBy;
  /** The chart, or the accessible list of the same items. */
  show: 'chart' | 'list';
  text: string;
  /** Empty means every kind. */
  actorKinds: ActorKind[];
  eventKinds: string[];
  /** Source (article) ids: only what these sources report is shown; empty means every source. */
  sources: string[];
  /** The actor the views are narrowed to. */
  actor: string | null;
  /** How many hops from that actor the network highlights (1 to 3, as the API's network depth). */
  depth: NetworkDepth;
  /** The mark whose evidence the detail panel shows. */
  selected: SelectionRef | null;
}

export const DEFAULT_STATE: ViewState = {
  from: null,
  to: null,
  laneBy: 'actor',
  show: 'chart',
  text: '',
  actorKinds: [],
  eventKinds: [],
  sources: [],
  actor: null,
  depth: 1,
  selected: null,
};
