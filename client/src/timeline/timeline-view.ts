// The timeline chart as a reusable d3 component: `selection.datum(entries).call(view)` draws or updates
// in place (keyed joins). Zoom and pan redraw on animation frames; it never fetches.
import { drawLaneClusters } from './lane-cluster.ts';
import { markTooltip } from './mark-tooltip.ts';
import { createTimelineChart } from './timeline-chart.ts';
import { timelineZoom } from './timeline-zoom.ts';
import { dispatch } from 'd3-dispatch';
import { select, type Selection } from 'd3-selection';
import { STATEMENT_COLOUR } from '../../../core/palette/palette.ts';
import type { Accessor } from '../ui/accessor.ts';
import { d3Component } from '../ui/component.ts';
import { rovingKeydown } from '../ui/roving-focus.ts';
import { anchorOf, type Tooltip } from '../ui/tooltip.ts';
import { DAY_MS } from '../../../core/timeline/date-extent.ts';
import { drawAxis, drawBins, drawLanes, drawLinks, drawSketchBins } from './draw-frame.ts';
import { markLayer } from './draw-mark.ts';
import type { LaneBy, TimelineEntry } from '../../../core/timeline/timeline-entry.ts';
import type { WindowDensity } from '../../../core/timeline/density-answer.ts';
import { layoutCounts } from '../../../core/timeline/counts-layout.ts';
import { indexTimeline, type TimelineIndex } from '../../../core/timeline/timeline-index.ts';
import {
  layoutIndexedTimeline,
  type TimelineLayout,
  type TimelineMark,
} from '../../../core/timeline/timeline-layout.ts';
import { TIMELINE_METRICS as M } from '../../../core/timeline/timeline-metrics.ts';

type Domain = [number, number];
type Root = Selection<HTMLElement, TimelineEntry[], null, undefined>;

interface TimelineEventMap {
  /** A mark was chosen (click, Enter or Space). */
  select: [id: string];
  /** The visible window changed by zooming or panning; `final` once the gesture ends. */
  zoom: [domain: Domain, final: boolean];
}

let instances = 0;

export function timelineView() {
  const uid = `tl${++instances}`;
  const listeners = dispatch<object, TimelineEventMap>('select', 'zoom');
  const extent: Domain = [0, DAY_MS * 365];
  const settings = {
    width: 960,
    laneBy: 'actor' as LaneBy,
    extent,
    domain: extent,
    selectedId: null as string | null,
    colours: new Map<string, string>(),
    densityThreshold: M.densityThreshold as number,
    density: null as WindowDensity | null,
    tooltip: null as Tooltip | null,
    wheelNeedsModifier: false,
    provisional: false,
  };
  /** Built on the first tooltip, not per data: a progress redraw at 30k entries spent ~7 ms on it. */
  let entriesById: Map<string, TimelineEntry> | null = null;
  let root: Root | null = null;
  let lastEntries: TimelineEntry[] = [];
  let layout: TimelineLayout | null = null;
  let index: TimelineIndex | null = null;
  let frame = 0;
  /** Busy lanes the reader expanded (lane-cluster.ts); a new version redraws. */
  const expandedLanes = new Set<string>();
  let expandedVersion = 0;
  const zoom = timelineZoom(settings, (final) => {
    listeners.call('zoom', undefined, settings.domain, final);
    if (!final && !frame) frame = requestAnimationFrame(() => ((frame = 0), render()));
  });

  const colourOf = (kind: string) => (kind === 'statement' ? STATEMENT_COLOUR : (settings.colours.get(kind) ?? '#555'));

  function view(selection: Root): void {
    root = selection;
    useEntries(selection.datum() ?? []);
    ensureStructure(selection);
    syncZoom();
    render();
  }

  // The index and the lookup are per data: callers pass the same array until the data or filters change.
  function useEntries(entries: TimelineEntry[]): void {
    if (entries === lastEntries) return;
    lastEntries = entries;
    entriesById = null;
    index = null;
  }

  function ensureIndex(): TimelineIndex {
    if (!index || index.laneBy !== settings.laneBy) index = indexTimeline(lastEntries, settings.laneBy, M.maxLanes);
    return index;
  }

  function ensureStructure(selection: Root): void {
    if (!selection.select('svg.timeline-chart').empty()) return;
    zoom.attach(createTimelineChart(selection.node()!, uid));
  }

  function syncZoom(): void {
    const node = root?.select<SVGSVGElement>('svg.timeline-chart').node();
    if (node) zoom.sync(select(node));
  }

  /** What the chart was last drawn from: the app re-renders often (URL, network, panel), mostly with no change here. */
  let drawnFrom: readonly unknown[] = [];
  let binTitlesStale = false;

  function render(): void {
    const node = root?.select<SVGSVGElement>('svg.timeline-chart').node();
    if (!node) return;
    const inputs = [
      node,
      lastEntries,
      settings.width,
      settings.laneBy,
      settings.domain[0],
      settings.domain[1],
      settings.selectedId,
      settings.colours,
      settings.densityThreshold,
      settings.density,
      expandedVersion,
    ];
    if (inputs.every((v, i) => v === drawnFrom[i])) {
      // The same picture; only the bins' labels, skipped during the gesture, may be due.
      if (!zoom.zooming() && !settings.provisional && binTitlesStale && layout) {
        drawBins(select(node).select('g.bins'), layout.bins);
        binTitlesStale = false;
      }
      return;
    }
    drawnFrom = inputs;
    // Bins are drawn the cheap way (a path per lane, no titles) while a gesture lasts or data is still arriving.
    const sketch = zoom.zooming() || settings.provisional;
    binTitlesStale = sketch;
    const svg = select(node);
    const frame = { width: settings.width, domain: settings.domain, densityThreshold: settings.densityThreshold };
    layout = settings.density
      ? layoutCounts(settings.density, { ...frame, maxLanes: M.maxLanes })
      : layoutIndexedTimeline(ensureIndex(), { ...frame, expandedLanes });
    const { plot } = layout;
    svg
      .attr('width', settings.width)
      .attr('height', layout.height)
      .attr('viewBox', `0 0 ${settings.width} ${layout.height}`)
      .attr('data-mode', layout.mode)
      .attr('data-source', settings.density ? 'counts' : 'items')
      .attr('data-domain-start', new Date(settings.domain[0]).toISOString())
      .attr('data-domain-end', new Date(settings.domain[1]).toISOString())
      .attr('data-plot-left', plot.left)
      .attr('data-plot-right', plot.right);
    svg
      .select(`#${uid}-clip rect`)
      .attr('x', plot.left - 8)
      .attr('y', 0)
      .attr('width', plot.right - plot.left + 16)
      .attr('height', layout.height);
    svg
      .select('text.empty-note')
      .attr('x', settings.width / 2)
      .attr('y', M.axisHeight + 26)
      .text(layout.inView === 0 ? 'Nothing matches in this window. Widen the window or clear a filter.' : '');
    drawLanes(svg.select('g.lanes'), layout.lanes, layout);
    drawAxis(svg.select('g.axis'), svg.select('g.grid'), layout.ticks, layout);
    drawLinks(svg.select('g.links'), layout.links);
    (sketch ? drawSketchBins : drawBins)(svg.select('g.bins'), layout.bins);
    drawMarks(svg.select('g.marks'), layout.marks);
    drawLaneClusters(svg.select('g.lane-clusters'), layout, expandedLanes, toggleLane);
  }

  function toggleLane(key: string): void {
    if (!expandedLanes.delete(key)) expandedLanes.add(key);
    expandedVersion++;
    render();
    // The control is redrawn in place; keep keyboard focus on it.
    root
      ?.select<SVGTextElement>(`text.lane-more[data-lane="${CSS.escape(key)}"]`)
      .node()
      ?.focus();
  }

  const drawMarkLayer = markLayer({
    select: (id) => listeners.call('select', undefined, id),
    keydown: (event) => {
      const layer = root?.select<SVGGElement>('g.marks').node();
      if (layer) rovingKeydown(event, layer, 'g.mark');
    },
    show: (mark, anchor) => settings.tooltip?.show(tooltipOf(mark), anchorOf(anchor)),
    hide: () => settings.tooltip?.hide(),
  });

  function drawMarks(g: Selection<SVGGElement, unknown, null, undefined>, marks: TimelineMark[]): void {
    const node = g.node();
    if (!node) return;
    const focusable = marks.some((m) => m.id === settings.selectedId) ? settings.selectedId : (marks[0]?.id ?? null);
    const keepFocus = node.querySelector('g.mark[tabindex="0"]')?.getAttribute('data-id') ?? null;
    const activeId = marks.some((m) => m.id === keepFocus) ? keepFocus : focusable;
    drawMarkLayer(node, marks, { selectedId: settings.selectedId, activeId, colourOf, uid });
  }

  function tooltipOf(mark: TimelineMark) {
    entriesById ??= new Map(lastEntries.map((e) => [e.id, e]));
    return markTooltip(mark, entriesById.get(mark.id));
  }

  const component = d3Component<TimelineView>(view, listeners, settings);
  component.prepare = (entries) => {
    useEntries(entries);
    ensureIndex();
    return component;
  };
  component.layout = () => layout;
  component.entries = () => lastEntries;
  return component;
}

export interface TimelineView {
  (selection: Root): void;
  width: Accessor<number, TimelineView>;
  laneBy: Accessor<LaneBy, TimelineView>;
  /** The whole zoomable range, UTC ms. */
  extent: Accessor<Domain, TimelineView>;
  /** The visible window, UTC ms, end exclusive. */
  domain: Accessor<Domain, TimelineView>;
  selectedId: Accessor<string | null, TimelineView>;
  /** Event kind -> colour, shared with the legend. */
  colours: Accessor<Map<string, string>, TimelineView>;
  densityThreshold: Accessor<number, TimelineView>;
  /** The server's counts for the window (a corpus too large to fetch), drawn instead of the entries; null: entries. */
  density: Accessor<WindowDensity | null, TimelineView>;
  /**
   * True while pages are still arriving: each redraw is soon replaced, so density bins skip their per-bin
   * elements and titles until the data is complete.
   */
  provisional: Accessor<boolean, TimelineView>;
  tooltip: Accessor<Tooltip | null, TimelineView>;
  /** True where the page around should keep the wheel (an embed): zooming then takes Ctrl or ⌘. */
  wheelNeedsModifier: Accessor<boolean, TimelineView>;
  /**
   * Indexes `entries` now, so the draw that follows with the same array (in a later task) skips it: the caller can
   * split a large redraw in two tasks. Uses the current laneBy.
   */
  prepare(entries: TimelineEntry[]): TimelineView;
  /** The last layout drawn. */
  layout(): TimelineLayout | null;
  /** The entries last drawn (after the app's filters): what a picture of the view shows. */
  entries(): readonly TimelineEntry[];
  on<K extends keyof TimelineEventMap>(type: K, listener: (...args: TimelineEventMap[K]) => void): TimelineView;
}
