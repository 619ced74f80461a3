// The "+N" control of a busy lane: the marks it could not label share its last row, and this control (in the
// lane's header, at the right) expands the lane to label them all, or folds an expanded lane back.
import type { Selection } from 'd3-selection';
import type { TimelineLane, TimelineLayout } from '../../../core/timeline/timeline-layout.ts';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

export function clusterText(lane: TimelineLane, expanded: boolean): string {
  if (lane.overflow) return `+${lane.overflow.count} more: show all`;
  return expanded ? 'show fewer' : '';
}

/** One control per lane that has something to expand or fold; `toggle` gets the lane's key. */
export function drawLaneClusters(
  g: Layer,
  l: TimelineLayout,
  expanded: ReadonlySet<string>,
  toggle: (key: string) => void,
): void {
  const lanes = l.mode === 'marks' ? l.lanes.filter((d) => clusterText(d, expanded.has(d.key))) : [];
  g.selectAll<SVGTextElement, TimelineLane>('text.lane-more')
    .data(lanes, (d) => d.key)
    .join((enter) =>
      enter
        .append('text')
        .attr('class', 'lane-more')
        .attr('role', 'button')
        .attr('tabindex', 0)
        .attr('text-anchor', 'end')
        .on('click', (_e: MouseEvent, d) => toggle(d.key))
        .on('keydown', (e: KeyboardEvent, d) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          toggle(d.key);
        }),
    )
    .attr('data-lane', (d) => d.key)
    .attr('aria-expanded', (d) => String(expanded.has(d.key)))
    .attr('x', l.plot.right)
    .attr('y', (d) => d.headerY)
    .text((d) => clusterText(d, expanded.has(d.key)));
}
