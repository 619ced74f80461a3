// The actor network as a reusable d3 component: draws a precomputed NetworkLayout with keyed joins,
// shows only the visible subset, dims all but the highlighted actors, and supports drag, zoom and pan.
// Big networks (over BATCH_NODES actors / BATCH_EDGES relationships on screen) draw the less important
// ones as a few batched paths (batched-layers.ts). With `progressive`, a new layout is drawn a layer per task
// (`drawn()` says when it is done); other drawing is synchronous. It marks `kg:network-drawn` after the first
// paint of each new layout. The layers themselves live beside it: network-edges.ts, network-nodes.ts,
// network-zoom.ts, network-chart.ts (the SVG skeleton) and network-emphasis.ts (what stands out).
import { dispatch } from 'd3-dispatch';
import { select, type Selection } from 'd3-selection';
import type { Accessor } from '../ui/accessor.ts';
import { d3Component } from '../ui/component.ts';
import type { Tooltip } from '../ui/tooltip.ts';
import { yieldToMain } from '../ui/yield-to-main.ts';
import { batchedLayers } from './batched-layers.ts';
import { preparePaths } from './edge-batch.ts';
import { edgePath, type EdgePath } from './edge-geometry.ts';
import { createNetworkChart } from './network-chart.ts';
import { drawEdgeLabels, edgeLayer } from './network-edges.ts';
import { separateEdges, separateNodes } from './network-emphasis.ts';
import type { NetworkLayout, PlacedEdge, PlacedNode } from './network-layout.ts';
import { nodeLayer } from './network-nodes.ts';
import { glyphAt } from './node-batch.ts';
import type { NetworkDrawContext, NetworkSelection, NetworkSvg, NetworkViewData } from './network-view-data.ts';
import { networkZoom } from './network-zoom.ts';

export type { NetworkSelection, NetworkViewData } from './network-view-data.ts';

interface NetworkEventMap {
  select: [ref: NetworkSelection];
  /** A click on empty space. */
  background: [];
}

type Root = Selection<HTMLElement, NetworkViewData, null, undefined>;
// When a drawing is made in slices, how much one task does (each a few ms on a quiet machine): batched
// curves whose path data it writes, batched actors' glyphs, separate edges and separate actors it draws.
const PREPARE_SLICE = 2500;
const EDGE_SLICE = 150;
const NODE_SLICE = 100;
/** Batched actors whose glyphs one task writes ahead of the step that draws them all. */
const GLYPH_SLICE = 500;

/** [from, to) ranges of `size` covering 0..n; one (possibly empty) range when n <= size. */
function slices(n: number, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let from = 0; from < n || from === 0; from += size) out.push([from, Math.min(n, from + size)]);
  return out;
}
let instances = 0;

export function networkView() {
  const uid = `nw${++instances}`;
  const listeners = dispatch<object, NetworkEventMap>('select', 'background');
  const settings = {
    selectedId: null as string | null,
    tooltip: null as Tooltip | null,
    wheelNeedsModifier: false,
    /** Whether a new layout is drawn in slices (see drawInSlices) rather than in one task. */
    progressive: false,
  };
  let current: NetworkViewData | null = null;
  let lastLayout: NetworkLayout | null = null;
  /** Where dragged nodes were put; reset when a new layout arrives. */
  let moved = new Map<string, { x: number; y: number }>();
  /** The visible set the view was last framed for; a new set re-frames it. */
  let framedFor = '';
  const batches = batchedLayers();
  /** The layout whose first complete drawing has been marked for the bench. */
  let markedLayout: NetworkLayout | null = null;
  /** Counts drawings: a drawing in slices stops once another has started. */
  let run = 0;
  /** Settles once the latest drawing is complete (or superseded). */
  let drawing: Promise<void> = Promise.resolve();
  const zoom = networkZoom(() => settings.wheelNeedsModifier);

  const position = (n: PlacedNode) => moved.get(n.id) ?? n;
  const choose = (ref: NetworkSelection) => listeners.call('select', undefined, ref);

  function view(selection: Root): void {
    const data = selection.datum();
    current = data;
    if (data.layout !== lastLayout) {
      moved = new Map();
      lastLayout = data.layout;
    }
    let node = selection.select<SVGSVGElement>('svg.network-chart').node();
    if (!node)
      node = createNetworkChart(selection.node()!, {
        uid,
        zoom,
        tooltip: () => settings.tooltip,
        choose,
        background: () => listeners.call('background', undefined),
        batchedNodeAt: batches.nodeAt,
        batchedEdgeAt: batches.edgeAt,
      });
    const svg = select(node);
    const { width, height } = data.layout;
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    zoom.size(width, height);
    const fresh = markedLayout !== data.layout;
    markedLayout = data.layout;
    if (settings.progressive && fresh) drawing = drawInSlices(svg);
    else {
      draw(svg);
      drawing = Promise.resolve();
    }
    const key = `${width}x${height}:${[...data.visibleNodes].sort().join(',')}`;
    if (key !== framedFor) {
      framedFor = key;
      zoom.frame(svg, data, position);
    }
    // The bench's "settled": the next frame, once this layout's drawing has been styled and painted.
    if (fresh)
      void drawing.then(() => requestAnimationFrame(() => setTimeout(() => performance.mark('kg:network-drawn'))));
  }

  /** Draws the whole picture now (a redraw: a selection, a filter, a drag), superseding a drawing in slices. */
  function draw(svg: NetworkSvg): void {
    run++;
    for (const step of drawSteps(svg, false)) step();
  }

  /**
   * Draws one layer per task, yielding between them, so no task runs long while a big network first appears;
   * the picture is the one `draw` makes. A later drawing supersedes it: it then stops where it is.
   */
  async function drawInSlices(svg: NetworkSvg): Promise<void> {
    const token = ++run;
    // The steps are worked out (visible subset, what stands out, the layers' joins) in a task apart from the
    // render that asked for them.
    await yieldToMain();
    if (token !== run) return;
    for (const step of drawSteps(svg, true)) {
      await yieldToMain();
      if (token !== run) return;
      step();
    }
  }

  /**
   * The drawing as steps, each one layer (or batch) of the picture, from the data as it is now; `inSlices`
   * adds steps that write the batched curves' path data a slice at a time, ahead of the step that draws them.
   */
  function drawSteps(svg: NetworkSvg, inSlices: boolean): Array<() => void> {
    const data = current!;
    const shownNodes = data.layout.nodes.filter((n) => data.visibleNodes.has(n.id));
    const nodes = separateNodes(shownNodes, data, settings.selectedId);
    const byId = new Map(data.layout.nodes.map((n) => [n.id, n]));
    const shownEdges = data.layout.edges.filter(
      (e) => data.visibleEdges.has(e.id) && data.visibleNodes.has(e.source) && data.visibleNodes.has(e.target),
    );
    const separate = separateEdges(shownEdges, data, settings.selectedId);
    const edges = separate.size === shownEdges.length ? shownEdges : shownEdges.filter((e) => separate.has(e));
    const geometry = (e: PlacedEdge): EdgePath => {
      const s = byId.get(e.source)!;
      const t = byId.get(e.target)!;
      return moved.has(e.source) || moved.has(e.target)
        ? edgePath({ ...position(s), r: s.r }, { ...position(t), r: t.r }, e.offset, e.flip)
        : e.path;
    };
    const ctx: NetworkDrawContext = {
      svg,
      data,
      selectedId: settings.selectedId,
      tooltip: () => settings.tooltip,
      uid,
      choose,
      position,
      moved: (id) => moved.has(id),
      geometry,
    };
    const separateIds = new Set(nodes.map((n) => n.id));
    const batchedNodes = nodes === shownNodes ? [] : shownNodes.filter((n) => !separateIds.has(n.id));
    const batchedEdges = edges === shownEdges ? [] : shownEdges.filter((e) => !separate.has(e));
    const prepareSteps: Array<() => void> = [];
    for (let i = 0; inSlices && i < batchedEdges.length; i += PREPARE_SLICE)
      prepareSteps.push(() => preparePaths(batchedEdges.slice(i, i + PREPARE_SLICE).map(geometry)));
    for (let i = 0; inSlices && i < batchedNodes.length; i += GLYPH_SLICE)
      prepareSteps.push(() => {
        for (const n of batchedNodes.slice(i, i + GLYPH_SLICE)) glyphAt(n.kind, n.r, position(n).x, position(n).y);
      });
    const edgesStep = edgeLayer(
      ctx,
      edges,
      (id) => byId.get(id)?.name ?? id,
      shownNodes.length === 0 ? 'No relationships are dated in this window.' : '',
    );
    const nodesStep = nodeLayer(ctx, nodes, (id, x, y) => {
      moved.set(id, { x, y });
      draw(svg);
    });
    return [
      ...prepareSteps,
      () => batches.drawEdges(svg, batchedEdges, data, geometry),
      () => batches.drawNodes(svg, batchedNodes, data, position),
      ...slices(edges.length, inSlices ? EDGE_SLICE : Infinity).map(
        ([from, to]) =>
          () =>
            edgesStep(from, to),
      ),
      () => drawEdgeLabels(ctx, shownEdges),
      ...slices(nodes.length, inSlices ? NODE_SLICE : Infinity).map(
        ([from, to]) =>
          () =>
            nodesStep(from, to),
      ),
    ];
  }

  const component = d3Component<NetworkView>(view, listeners, settings);
  component.drawn = () => drawing;
  component.resetZoom = (selection: Root) => {
    const node = selection.select<SVGSVGElement>('svg.network-chart').node();
    if (node) zoom.reset(select(node));
  };
  return component;
}

export interface NetworkView {
  (selection: Root): void;
  selectedId: Accessor<string | null, NetworkView>;
  tooltip: Accessor<Tooltip | null, NetworkView>;
  /** True where the page around should keep the wheel (an embed): zooming then takes Ctrl or ⌘. */
  wheelNeedsModifier: Accessor<boolean, NetworkView>;
  /** True: a new layout is drawn over several tasks (one layer each), so the page stays responsive meanwhile. */
  progressive: Accessor<boolean, NetworkView>;
  /** Settles once the latest drawing is on the page (at once, unless a new layout is being drawn in slices). */
  drawn(): Promise<void>;
  resetZoom(selection: Root): void;
  on<K extends keyof NetworkEventMap>(type: K, listener: (...args: NetworkEventMap[K]) => void): NetworkView;
}
