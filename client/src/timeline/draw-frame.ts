// The timeline's non-interactive parts (lanes, axis and grid, statement connectors, density bins),
// drawn from a layout with keyed joins.
import type { Selection } from 'd3-selection';
import { actorSymbolPath } from '../ui/actor-symbol.ts';
import type { DensityBin } from './density-bins.ts';
import type { TimelineLane, TimelineLayout, TimelineLink } from './timeline-layout.ts';
import { TIMELINE_METRICS as M } from './timeline-metrics.ts';
import { TICK_LABEL_DX, type AxisTick } from './time-ticks.ts';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

export function drawLanes(g: Layer, lanes: TimelineLane[], l: TimelineLayout): void {
  g.selectAll<SVGGElement, TimelineLane>('g.lane')
    .data(lanes, (d) => d.key)
    .join((enter) => {
      const lane = enter.append('g').attr('class', 'lane');
      lane.append('rect').attr('class', 'lane-bg');
      lane.append('line').attr('class', 'lane-rule');
      lane.append('path').attr('class', 'lane-glyph');
      lane.append('text').attr('class', 'lane-label');
      return lane;
    })
    .attr('data-lane', (d) => d.key)
    .call((lane) => {
      lane
        .select('rect.lane-bg')
        .attr('x', 0)
        .attr('y', (d) => d.y)
        .attr('width', l.width)
        .attr('height', (d) => d.height)
        .attr('class', (_d, i) => `lane-bg${i % 2 ? ' odd' : ''}`);
      lane
        .select('line.lane-rule')
        .attr('x1', 0)
        .attr('x2', l.width)
        .attr('y1', (d) => d.y + 0.5)
        .attr('y2', (d) => d.y + 0.5);
      lane
        .select('path.lane-glyph')
        .attr('d', (d) => (d.actorKind ? actorSymbolPath(d.actorKind, 4.5) : null))
        .attr('transform', (d) => `translate(${M.marginLeft + 5},${d.headerY - 4})`)
        .attr('class', (d) => `lane-glyph kind-${d.actorKind ?? 'none'}`);
      lane
        .select('text.lane-label')
        .attr('x', (d) => M.marginLeft + (d.actorKind ? 14 : 0))
        .attr('y', (d) => d.headerY)
        .text((d) => d.label);
    });
}

export function drawAxis(axis: Layer, grid: Layer, ticks: AxisTick[], l: TimelineLayout): void {
  axis
    .selectAll<SVGTextElement, AxisTick>('text.tick')
    .data(ticks, (d) => d.label)
    .join('text')
    .attr('class', (d) => `tick${d.major ? ' major' : ''}`)
    .attr('x', (d) => d.x + TICK_LABEL_DX)
    .attr('y', 17)
    .text((d) => d.label);
  grid
    .selectAll<SVGLineElement, AxisTick>('line')
    .data(ticks, (d) => d.label)
    .join('line')
    .attr('class', (d) => (d.major ? 'major' : null))
    .attr('x1', (d) => d.x)
    .attr('x2', (d) => d.x)
    .attr('y1', 6)
    .attr('y2', l.plot.bottom);
}

export function drawLinks(g: Layer, links: TimelineLink[]): void {
  g.selectAll<SVGPathElement, TimelineLink>('path.link')
    .data(links, (d) => d.id)
    .join('path')
    .attr('class', 'link')
    .attr('data-statement', (d) => d.statementId)
    .attr('d', (d) => {
      const my = (d.y1 + d.y2) / 2;
      return `M${d.x1},${d.y1}C${d.x1},${my} ${d.x2},${my} ${d.x2},${d.y2}`;
    });
}

export function drawBins(g: Layer, bins: DensityBin[]): void {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  g.selectAll<SVGRectElement, DensityBin>('rect.bin')
    .data(bins, (d) => `${d.laneKey}@${d.x}`)
    .join((enter) =>
      enter
        .append('rect')
        .attr('class', 'bin')
        .call((r) => r.append('title')),
    )
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => Math.max(1, d.x2 - d.x - 1))
    .attr('height', (d) => d.height)
    .select('title')
    .text((d) => `${d.count} item${d.count === 1 ? '' : 's'}, ${day(d.start)} to ${day(d.end)}`);
}
