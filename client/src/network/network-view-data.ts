// What the network component is drawn from, and the context its layers share while drawing it.
import type { Selection } from 'd3-selection';
import type { Tooltip } from '../ui/tooltip.ts';
import type { EdgePath } from './edge-geometry.ts';
import type { NetworkLayout, PlacedEdge, PlacedNode } from './network-layout.ts';

export interface NetworkViewData {
  layout: NetworkLayout;
  visibleNodes: ReadonlySet<string>;
  visibleEdges: ReadonlySet<string>;
  /** Actors to emphasise (the focused actor's neighbourhood, or a selected item's participants); null: all. */
  highlight: ReadonlySet<string> | null;
  focusId: string | null;
  /** Relationship id -> its date label, for labels read aloud and tooltips. */
  edgeDates: ReadonlyMap<string, string>;
  /** Actors and relationships whose sources disagree on something: they carry the dispute badge. */
  disputed?: ReadonlySet<string>;
  /** Relationships on the paths the path finder shows: drawn strong and marked, all others dim. */
  pathEdges?: ReadonlySet<string> | null;
}

export type NetworkSelection = { type: 'actor' | 'relationship'; id: string };

export type NetworkSvg = Selection<SVGSVGElement, unknown, null, undefined>;

/** One drawing's view of the component's state, handed to each layer (edges, labels, actors). */
export interface NetworkDrawContext {
  svg: NetworkSvg;
  data: NetworkViewData;
  selectedId: string | null;
  /** Read when a tooltip opens: event handlers outlive the drawing that attached them. */
  tooltip: () => Tooltip | null;
  /** Prefixes the ids of this component's defs (arrow markers), unique per component on the page. */
  uid: string;
  /** Tells the listeners an actor or relationship was chosen. */
  choose: (ref: NetworkSelection) => void;
  /** Where an actor is now: where it was dragged, else where the layout put it. */
  position: (n: PlacedNode) => { x: number; y: number };
  /** Whether the actor was dragged (its edges then follow it instead of using the layout's curves). */
  moved: (id: string) => boolean;
  /** An edge's curve, following dragged actors. */
  geometry: (e: PlacedEdge) => EdgePath;
}
