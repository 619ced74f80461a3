// The overview strip with a brush (d3-brush) for choosing the timeline's window. Dispatches the window
// snapped to whole days when a gesture ends; the window is set back through `window()`.
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { dispatch } from 'd3-dispatch';
import type { Accessor } from '../ui/accessor.ts';
import { d3Component } from '../ui/component.ts';
import { scaleUtc } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { DAY_MS } from '../../../core/timeline/date-extent.ts';
import { layoutOverview, layoutOverviewCounts, type OverviewBar } from './overview-layout.ts';
import type { WindowDensity } from '../../../core/timeline/density-answer.ts';
import type { TimelineEntry } from '../../../core/timeline/timeline-entry.ts';
import { TICK_LABEL_DX, type AxisTick } from '../../../core/timeline/time-ticks.ts';

type Domain = [number, number];

interface OverviewEventMap {
  /** The brushed window (UTC ms, end exclusive) or null when cleared; `final` once the gesture ends. */
  brush: [window: Domain | null, final: boolean];
}

export function overviewView() {
  const listeners = dispatch<object, OverviewEventMap>('brush');
  const settings = {
    width: 960,
    extent: [0, 365 * DAY_MS] as Domain,
    window: null as Domain | null,
    density: null as WindowDensity | null,
  };
  const brush: BrushBehavior<unknown> = brushX();

  /** What the bars were last drawn from: while it holds, only the brushed window moves (every zoom frame). */
  let drawn: {
    entries: TimelineEntry[];
    density: WindowDensity | null;
    width: number;
    extent: Domain;
    svg: SVGSVGElement;
  } | null = null;
  let moveBrush: () => void = () => {};

  function view(selection: Selection<HTMLElement, TimelineEntry[], null, undefined>): void {
    const { width, extent } = settings;
    const entries = selection.datum() ?? [];
    const current = selection.select<SVGSVGElement>('svg.overview').node();
    if (
      drawn &&
      drawn.svg === current &&
      drawn.entries === entries &&
      drawn.density === settings.density &&
      drawn.width === width &&
      drawn.extent[0] === extent[0] &&
      drawn.extent[1] === extent[1]
    ) {
      moveBrush();
      return;
    }
    const layout = settings.density
      ? layoutOverviewCounts(settings.density, { width, extent })
      : layoutOverview(entries, { width, extent });
    const { plot } = layout;
    const x = scaleUtc().domain(extent).range([plot.left, plot.right]);
    let svg = current;
    if (!svg) {
      const s = select(selection.node()!)
        .append('svg')
        .attr('class', 'overview')
        .attr('aria-label', 'Overview of the whole period; drag to choose a window');
      s.append('g').attr('class', 'grid');
      s.append('g').attr('class', 'bars');
      s.append('g').attr('class', 'axis');
      s.append('g').attr('class', 'brush');
      svg = s.node()!;
    }
    const root = select(svg)
      .attr('width', width)
      .attr('height', layout.height)
      .attr('viewBox', `0 0 ${width} ${layout.height}`)
      .attr('data-extent-start', new Date(extent[0]).toISOString())
      .attr('data-extent-end', new Date(extent[1]).toISOString())
      .attr('data-plot-left', plot.left)
      .attr('data-plot-right', plot.right);
    root
      .select('g.bars')
      .selectAll<SVGRectElement, OverviewBar>('rect')
      .data(layout.bars, (d) => String(d.x))
      .join('rect')
      .attr('x', (d) => d.x)
      .attr('y', (d) => d.y)
      .attr('width', (d) => d.x2 - d.x)
      .attr('height', (d) => d.height);
    root
      .select('g.grid')
      .selectAll<SVGLineElement, AxisTick>('line')
      .data(layout.ticks, (d) => d.label)
      .join('line')
      .attr('x1', (d) => d.x)
      .attr('x2', (d) => d.x)
      .attr('y1', plot.top)
      .attr('y2', layout.height - 4);
    root
      .select('g.axis')
      .selectAll<SVGTextElement, AxisTick>('text')
      .data(layout.ticks, (d) => d.label)
      .join('text')
      .attr('x', (d) => d.x + TICK_LABEL_DX)
      .attr('y', layout.height - 6)
      .text((d) => d.label);

    brush
      .extent([
        [plot.left, plot.top - 2],
        [plot.right, plot.bottom + 2],
      ])
      .on('brush', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent || !event.selection) return;
        const [a, b] = event.selection as [number, number];
        listeners.call('brush', undefined, [x.invert(a).getTime(), x.invert(b).getTime()], false);
      })
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        if (!event.selection) {
          listeners.call('brush', undefined, null, true);
          return;
        }
        const [a, b] = event.selection as [number, number];
        const start = Math.round(x.invert(a).getTime() / DAY_MS) * DAY_MS;
        const end = Math.max(start + DAY_MS, Math.round(x.invert(b).getTime() / DAY_MS) * DAY_MS);
        listeners.call('brush', undefined, [start, end], true);
      });
    const g = root.select<SVGGElement>('g.brush');
    g.call(brush);
    // Reads the window when called: between redraws of the bars, each zoom frame only moves the brush.
    moveBrush = () => {
      const { window } = settings;
      g.call(brush.move, window ? [Math.max(plot.left, x(window[0])), Math.min(plot.right, x(window[1]))] : null);
    };
    moveBrush();
    drawn = { entries, density: settings.density, width, extent: [extent[0], extent[1]], svg };
  }

  return d3Component<OverviewView>(view, listeners, settings);
}

export interface OverviewView {
  (selection: Selection<HTMLElement, TimelineEntry[], null, undefined>): void;
  width: Accessor<number, OverviewView>;
  /** The whole period, UTC ms. */
  extent: Accessor<Domain, OverviewView>;
  /** Counts over the whole extent from the server, drawn instead of the entries; null: draw the entries. */
  density: Accessor<WindowDensity | null, OverviewView>;
  /** The brushed window, or null for none. */
  window: Accessor<Domain | null, OverviewView>;
  on<K extends keyof OverviewEventMap>(type: K, listener: (...args: OverviewEventMap[K]) => void): OverviewView;
}
