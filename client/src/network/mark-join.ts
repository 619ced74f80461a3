// The network's separate marks (actors and relationships) as a keyed join drawn a slice at a time, with what a
// mark does when clicked, pressed or pointed at: the same for both kinds, apart from what a mark holds, what it
// selects, which marks arrow keys move among and what its tooltip says.
import type { BaseType, Selection } from 'd3-selection';
import { rovingKeydown } from '../ui/roving-focus.ts';
import { anchorOf, type TooltipContent } from '../ui/tooltip.ts';
import type { NetworkDrawContext, NetworkSelection } from './network-view-data.ts';

type Mark<Datum> = Selection<SVGGElement, Datum, BaseType, unknown>;

export interface MarkKind<Datum> {
  type: NetworkSelection['type'];
  /** The group the marks are in, and the selector of one mark in it (for the join and arrow-key movement). */
  group: string;
  mark: string;
  /** The part of a mark the tooltip points at. */
  anchor: string;
  tooltip: (d: Datum) => TooltipContent;
  /** Appends a new mark's parts (and any further handlers). */
  build: (g: Mark<Datum>) => void;
}

/**
 * Joins the first `to` of `items` and returns the marks [from, to) to style. Earlier slices' marks stay; older
 * marks not (yet) in the join stay too, until the last slice removes those that are gone.
 */
export function joinMarks<Datum extends { id: string }>(
  ctx: Pick<NetworkDrawContext, 'svg' | 'tooltip' | 'choose'>,
  kind: MarkKind<Datum>,
  items: Datum[],
  from: number,
  to: number,
): Mark<Datum> {
  return ctx.svg
    .select(kind.group)
    .selectAll<SVGGElement, Datum>(kind.mark)
    .data(items.slice(0, to), (d) => d.id)
    .join(
      (enter) => {
        const g = enter.append('g').attr('role', 'button');
        kind.build(g);
        handlers(g, ctx, kind);
        return g;
      },
      (update) => update,
      (exit) => void (to === items.length && exit.remove()),
    )
    .filter((_d, i) => i >= from);
}

/** Enter or Space selects like a click; arrow keys, Home and End move the focus among the marks. */
function handlers<Datum extends { id: string }>(
  g: Mark<Datum>,
  { svg, tooltip, choose }: Pick<NetworkDrawContext, 'svg' | 'tooltip' | 'choose'>,
  kind: MarkKind<Datum>,
): void {
  g.on('click', (event: MouseEvent, d) => {
    event.stopPropagation();
    choose({ type: kind.type, id: d.id });
  })
    .on('keydown', (event: KeyboardEvent, d) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose({ type: kind.type, id: d.id });
      } else rovingKeydown(event, svg.select(kind.group).node() as Element, kind.mark);
    })
    .on('mouseenter focus', function (this: SVGGElement, _event: Event, d) {
      tooltip()?.show(kind.tooltip(d), anchorOf(this.querySelector(kind.anchor) ?? this));
    })
    .on('mouseleave blur', () => tooltip()?.hide());
}
