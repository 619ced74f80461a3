// The timeline's SVG skeleton, made once per container: the fade masks for ranges whose start or end is
// unknown, the plot's clip, and the layers in drawing order (lanes, grid and axis under the clipped plot).
import { select } from 'd3-selection';

/** `uid` prefixes the defs' ids, unique per chart on the page. */
export function createTimelineChart(container: HTMLElement, uid: string) {
  const svg = select(container)
    .append('svg')
    .attr('class', 'timeline-chart')
    .attr('role', 'group')
    .attr('aria-roledescription', 'timeline')
    .attr('aria-label', 'Timeline of events and statements. Use arrow keys to move between items, Enter to open one.');
  const defs = svg.append('defs');
  for (const [side, from, to] of [
    ['start', '0', '1'],
    ['end', '1', '0'],
  ] as const) {
    const gradient = defs
      .append('linearGradient')
      .attr('id', `${uid}-fade-${side}-g`)
      .attr('x1', from)
      .attr('x2', to)
      .attr('y1', 0)
      .attr('y2', 0);
    gradient.append('stop').attr('offset', 0).attr('stop-color', '#fff').attr('stop-opacity', 0);
    gradient.append('stop').attr('offset', 0.85).attr('stop-color', '#fff').attr('stop-opacity', 1);
    defs
      .append('mask')
      .attr('id', `${uid}-fade-${side}`)
      .attr('maskContentUnits', 'objectBoundingBox')
      .append('rect')
      .attr('width', 1)
      .attr('height', 1)
      .attr('fill', `url(#${uid}-fade-${side}-g)`);
  }
  defs.append('clipPath').attr('id', `${uid}-clip`).append('rect');
  for (const name of ['lanes', 'grid', 'axis']) svg.append('g').attr('class', name);
  const plot = svg.append('g').attr('class', 'plot').attr('clip-path', `url(#${uid}-clip)`);
  for (const name of ['links', 'bins', 'marks']) plot.append('g').attr('class', name);
  svg.append('text').attr('class', 'empty-note').attr('text-anchor', 'middle');
  // Outside the plot's clip: the controls sit in the lane headers.
  svg.append('g').attr('class', 'lane-clusters');
  return svg;
}
