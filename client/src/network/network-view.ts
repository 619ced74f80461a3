// The actor network as a reusable d3 component: draws a precomputed NetworkLayout with keyed joins,
// shows only the visible subset, dims all but the highlighted actors, and supports drag, zoom and pan.
// Big networks (over BATCH_NODES actors / BATCH_EDGES relationships on screen) draw the less important
// ones as a few batched paths (draw-batches.ts). With `progressive`, a new layout is drawn a layer per task
// (`drawn()` says when it is done); other drawing is synchronous. It marks `kg:network-drawn` after the first
// paint of each new layout.
import { dispatch } from 'd3-dispatch';
import { drag, type D3DragEvent } from 'd3-drag';
import { pointer, select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { ACTOR_STYLE } from '../../../core/palette/palette.ts';
import { accessor, type Accessor } from '../ui/accessor.ts';
import { actorSymbolPath } from '../ui/actor-symbol.ts';
import { rovingKeydown } from '../ui/roving-focus.ts';
import { anchorOf, type Tooltip } from '../ui/tooltip.ts';
import { zoomFilter } from '../ui/zoom-filter.ts';
import { svgDisputeBadge } from '../ui/dispute-mark.ts';
import { drawEdgeBatches, drawNodeBatches } from './draw-batches.ts';
import { yieldToMain } from '../ui/yield-to-main.ts';
import { BATCH_EDGES, MAX_SEPARATE_EDGES, nearestPath, preparePaths } from './edge-batch.ts';
import { edgePath, pathData, pointOnPath, type EdgePath } from './edge-geometry.ts';
import { BATCH_NODES, MAX_SEPARATE_NODES, nodeAt } from './node-batch.ts';
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

interface NetworkEventMap {
  select: [ref: NetworkSelection];
  /** A click on empty space. */
  background: [];
}

type Root = Selection<HTMLElement, NetworkViewData, null, undefined>;
// When a drawing is made in slices, how much one task does (each a few ms on a quiet machine): batched
// curves whose path data it writes, separate edges and separate actors it draws.
const PREPARE_SLICE = 2500;
const EDGE_SLICE = 150;
const NODE_SLICE = 100;

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
  let selectedId: string | null = null;
  let tooltip: Tooltip | null = null;
  let wheelNeedsModifier = false;
  let current: NetworkViewData | null = null;
  let lastLayout: NetworkLayout | null = null;
  /** Where dragged nodes were put; reset when a new layout arrives. */
  let moved = new Map<string, { x: number; y: number }>();
  /** The visible set the view was last framed for; a new set re-frames it. */
  let framedFor = '';
  /** The edges drawn in batches (see edge-batch.ts), for matching a click on them. */
  let batched: { edges: PlacedEdge[]; paths: EdgePath[] } = { edges: [], paths: [] };
  /** The actors drawn in batches (see node-batch.ts), where they are now. */
  let batchedNodes: Array<{ node: PlacedNode; x: number; y: number; r: number }> = [];
  /** The layout whose first complete drawing has been marked for the bench. */
  let markedLayout: NetworkLayout | null = null;
  /** Whether a new layout is drawn in slices (see drawInSlices) rather than in one task. */
  let progressive = false;
  /** Counts drawings: a drawing in slices stops once another has started. */
  let run = 0;
  /** Settles once the latest drawing is complete (or superseded). */
  let drawing: Promise<void> = Promise.resolve();
  const zoomBehaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.3, 5])
    .filter(zoomFilter(() => wheelNeedsModifier));

  const position = (n: PlacedNode) => moved.get(n.id) ?? n;

  function view(selection: Root): void {
    const data = selection.datum();
    current = data;
    if (data.layout !== lastLayout) {
      moved = new Map();
      lastLayout = data.layout;
    }
    let node = selection.select<SVGSVGElement>('svg.network-chart').node();
    if (!node) node = create(selection.node()!);
    const svg = select(node);
    const { width, height } = data.layout;
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    zoomBehaviour.extent([
      [0, 0],
      [width, height],
    ]);
    const fresh = markedLayout !== data.layout;
    markedLayout = data.layout;
    if (progressive && fresh) drawing = drawInSlices(svg);
    else {
      draw(svg);
      drawing = Promise.resolve();
    }
    const key = `${width}x${height}:${[...data.visibleNodes].sort().join(',')}`;
    if (key !== framedFor) {
      framedFor = key;
      frame(svg, data);
    }
    // The bench's "settled": the next frame, once this layout's drawing has been styled and painted.
    if (fresh)
      void drawing.then(() => requestAnimationFrame(() => setTimeout(() => performance.mark('kg:network-drawn'))));
  }

  /** Zooms to the visible actors when they are a subset (a window or a filter), so they fill the view. */
  function frame(svg: Selection<SVGSVGElement, unknown, null, undefined>, data: NetworkViewData): void {
    const { width, height, nodes } = data.layout;
    const shown = nodes.filter((n) => data.visibleNodes.has(n.id));
    if (shown.length === 0 || shown.length === nodes.length) {
      svg.call(zoomBehaviour.transform, zoomIdentity);
      return;
    }
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const n of shown) {
      const p = position(n);
      const dx = p.x - n.x;
      const dy = p.y - n.y;
      x0 = Math.min(x0, p.x - n.r, (n.label?.left ?? Infinity) + dx);
      x1 = Math.max(x1, p.x + n.r, (n.label?.right ?? -Infinity) + dx);
      y0 = Math.min(y0, p.y - n.r, (n.label?.top ?? Infinity) + dy);
      y1 = Math.max(y1, p.y + n.r, (n.label?.bottom ?? -Infinity) + dy);
    }
    const k = Math.max(1, Math.min(1.6, (width * 0.85) / (x1 - x0), (height * 0.85) / (y1 - y0)));
    svg.call(
      zoomBehaviour.transform,
      zoomIdentity.translate(width / 2 - (k * (x0 + x1)) / 2, height / 2 - (k * (y0 + y1)) / 2).scale(k),
    );
  }

  function create(container: HTMLElement): SVGSVGElement {
    const svg = select(container)
      .append('svg')
      .attr('class', 'network-chart')
      .attr('role', 'group')
      .attr('aria-roledescription', 'network')
      .attr(
        'aria-label',
        'Network of actors and their relationships. Use arrow keys to move between actors, Enter to select one.',
      );
    const defs = svg.append('defs');
    for (const variant of ['normal', 'strong']) {
      defs
        .append('marker')
        .attr('id', `${uid}-arrow-${variant}`)
        .attr('class', `arrow ${variant}`)
        .attr('viewBox', '0 -5 10 10')
        .attr('refX', 9)
        .attr('markerWidth', 7)
        .attr('markerHeight', 7)
        .attr('markerUnits', 'userSpaceOnUse')
        .attr('orient', 'auto')
        .append('path')
        .attr('d', 'M0,-4.5L10,0L0,4.5Z');
    }
    svg.append('rect').attr('class', 'background').attr('width', '100%').attr('height', '100%');
    svg.append('text').attr('class', 'empty-note').attr('text-anchor', 'middle');
    const viewport = svg.append('g').attr('class', 'viewport');
    // Drawn under the separate edges; clicks reach them through the background (see the handler below).
    viewport.append('g').attr('class', 'edge-batches').attr('aria-hidden', 'true').style('pointer-events', 'none');
    viewport.append('g').attr('class', 'edges').attr('role', 'group').attr('aria-label', 'Relationships');
    viewport.append('g').attr('class', 'edge-labels').attr('aria-hidden', 'true');
    const nodeBatches = viewport.append('g').attr('class', 'node-batches').attr('aria-hidden', 'true');
    viewport.append('g').attr('class', 'nodes').attr('role', 'group').attr('aria-label', 'Actors');
    const batchedNodeAt = (event: MouseEvent) => {
      const [x, y] = pointer(event, viewport.node()!);
      return batchedNodes[nodeAt({ x, y }, batchedNodes, 2 / zoomTransform(svg.node()!).k)]?.node ?? null;
    };
    nodeBatches
      .on('click', (event: MouseEvent) => {
        event.stopPropagation();
        const n = batchedNodeAt(event);
        if (n) listeners.call('select', undefined, { type: 'actor', id: n.id });
      })
      .on('mousemove', (event: MouseEvent) => {
        const n = batchedNodeAt(event);
        if (n) tooltip?.show(nodeTooltip(n), { x: event.clientX, y: event.clientY - 8 });
        else tooltip?.hide();
      })
      .on('mouseleave', () => tooltip?.hide());
    zoomBehaviour.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
      viewport.attr('transform', event.transform.toString()),
    );
    svg.call(zoomBehaviour).on('dblclick.zoom', null);
    svg.select('rect.background').on('click', (event: MouseEvent) => {
      const hit = batchedEdgeAt(event, viewport.node()!, svg.node()!);
      if (hit) listeners.call('select', undefined, { type: 'relationship', id: hit.id });
      else listeners.call('background', undefined);
    });
    return svg.node()!;
  }

  /** The batched edge under a click (6 screen pixels of slack), if any. */
  function batchedEdgeAt(event: MouseEvent, viewport: SVGGElement, svg: SVGSVGElement): PlacedEdge | null {
    if (batched.edges.length === 0) return null;
    const [x, y] = pointer(event, viewport);
    const i = nearestPath({ x, y }, batched.paths, 6 / zoomTransform(svg).k);
    return batched.edges[i] ?? null;
  }

  /**
   * Which edges are separate elements: all of them up to BATCH_EDGES; beyond, the selected one and the
   * emphasised ones (the focused actor's, or those among the highlighted actors), at most MAX_SEPARATE_EDGES.
   */
  function separateEdges(edges: PlacedEdge[], data: NetworkViewData): Set<PlacedEdge> {
    if (edges.length <= BATCH_EDGES) return new Set(edges);
    const emphasised = data.focusId || data.highlight || data.pathEdges;
    const chosen = edges.filter((e) => e.id === selectedId);
    for (const e of edges)
      if (chosen.length >= MAX_SEPARATE_EDGES) break;
      else if (emphasised && e.id !== selectedId && isStrong(e, data)) chosen.push(e);
    return new Set(chosen);
  }

  function drawBatchedEdges(
    svg: Selection<SVGSVGElement, unknown, null, undefined>,
    edges: PlacedEdge[],
    data: NetworkViewData,
    geometry: (e: PlacedEdge) => EdgePath,
  ): void {
    const looks = [
      { strong: true, edges: edges.filter((e) => isStrong(e, data)) },
      { strong: false, edges: edges.filter((e) => !isStrong(e, data)) },
    ].filter((l) => l.edges.length > 0);
    batched = { edges: looks.flatMap((l) => l.edges), paths: looks.flatMap((l) => l.edges.map(geometry)) };
    drawEdgeBatches(
      svg.select('g.edge-batches'),
      looks.map((l) => ({ strong: l.strong, paths: l.edges.map(geometry) })),
    );
  }

  /**
   * Which actors are separate elements: all of them up to BATCH_NODES; beyond, the focused and selected
   * ones, then the named, the highlighted and the busiest, at most MAX_SEPARATE_NODES (in layout order,
   * which the arrow keys follow).
   */
  function separateNodes(nodes: PlacedNode[], data: NetworkViewData): PlacedNode[] {
    if (nodes.length <= BATCH_NODES) return nodes;
    const chosen = new Set<PlacedNode>();
    const take = (list: Iterable<PlacedNode>) => {
      for (const n of list) if (chosen.size < MAX_SEPARATE_NODES) chosen.add(n);
    };
    take(nodes.filter((n) => n.id === data.focusId || n.id === selectedId));
    take(nodes.filter((n) => n.label));
    if (data.highlight) take(nodes.filter((n) => data.highlight!.has(n.id)));
    take([...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1)));
    return nodes.filter((n) => chosen.has(n));
  }

  function drawBatchedNodes(
    svg: Selection<SVGSVGElement, unknown, null, undefined>,
    nodes: PlacedNode[],
    data: NetworkViewData,
  ): void {
    batchedNodes = nodes.map((n) => ({ node: n, ...position(n), r: n.r }));
    const looks = new Map<string, Array<{ kind: PlacedNode['kind']; r: number; x: number; y: number }>>();
    for (const b of batchedNodes) {
      const dim = Boolean(data.highlight && !data.highlight.has(b.node.id));
      const key = `node kind-${b.node.kind}${dim ? ' is-dim' : ''}`;
      const list = looks.get(key);
      const glyph = { kind: b.node.kind, r: b.r, x: b.x, y: b.y };
      if (list) list.push(glyph);
      else looks.set(key, [glyph]);
    }
    drawNodeBatches(
      svg.select('g.node-batches'),
      [...looks].sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  }

  function nodeTooltip(d: PlacedNode) {
    const lines = [
      `${ACTOR_STYLE[d.kind].label} · ${d.degree} relationship${d.degree === 1 ? '' : 's'}`,
      'Click to follow this actor',
    ];
    return { title: d.name, lines };
  }

  function isStrong(e: PlacedEdge, data: NetworkViewData): boolean {
    if (data.pathEdges) return data.pathEdges.has(e.id);
    if (data.focusId) return e.source === data.focusId || e.target === data.focusId;
    return !data.highlight || (data.highlight.has(e.source) && data.highlight.has(e.target));
  }

  /** Draws the whole picture now (a redraw: a selection, a filter, a drag), superseding a drawing in slices. */
  function draw(svg: Selection<SVGSVGElement, unknown, null, undefined>): void {
    run++;
    for (const step of drawSteps(svg, false)) step();
  }

  /**
   * Draws one layer per task, yielding between them, so no task runs long while a big network first appears;
   * the picture is the one `draw` makes. A later drawing supersedes it: it then stops where it is.
   */
  async function drawInSlices(svg: Selection<SVGSVGElement, unknown, null, undefined>): Promise<void> {
    const token = ++run;
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
  function drawSteps(svg: Selection<SVGSVGElement, unknown, null, undefined>, inSlices: boolean): Array<() => void> {
    const data = current!;
    const shownNodes = data.layout.nodes.filter((n) => data.visibleNodes.has(n.id));
    const nodes = separateNodes(shownNodes, data);
    const byId = new Map(data.layout.nodes.map((n) => [n.id, n]));
    const shownEdges = data.layout.edges.filter(
      (e) => data.visibleEdges.has(e.id) && data.visibleNodes.has(e.source) && data.visibleNodes.has(e.target),
    );
    const separate = separateEdges(shownEdges, data);
    const edges = separate.size === shownEdges.length ? shownEdges : shownEdges.filter((e) => separate.has(e));
    const name = (id: string) => byId.get(id)?.name ?? id;
    const edgeText = (e: PlacedEdge) => {
      const date = data.edgeDates.get(e.id);
      return `${name(e.source)} ${e.labelText} ${name(e.target)}${date ? `, ${date}` : ''}`;
    };
    const geometry = (e: PlacedEdge) => {
      const s = byId.get(e.source)!;
      const t = byId.get(e.target)!;
      return moved.has(e.source) || moved.has(e.target)
        ? edgePath({ ...position(s), r: s.r }, { ...position(t), r: t.r }, e.offset, e.flip)
        : e.path;
    };
    const separateIds = new Set(nodes.map((n) => n.id));
    const batchedNodesStep = () =>
      drawBatchedNodes(svg, nodes === shownNodes ? [] : shownNodes.filter((n) => !separateIds.has(n.id)), data);
    const batchedEdges = edges === shownEdges ? [] : shownEdges.filter((e) => !separate.has(e));
    const prepareSteps: Array<() => void> = [];
    for (let i = 0; inSlices && i < batchedEdges.length; i += PREPARE_SLICE)
      prepareSteps.push(() => preparePaths(batchedEdges.slice(i, i + PREPARE_SLICE).map(geometry)));
    const batchedEdgesStep = () => drawBatchedEdges(svg, batchedEdges, data, geometry);
    // The tab stops, from the marks as they were before this drawing.
    let activeEdge: string | null = null;
    let activeNode: string | null = null;
    return [
      ...prepareSteps,
      batchedEdgesStep,
      batchedNodesStep,
      ...slices(edges.length, inSlices ? EDGE_SLICE : Infinity).map(
        ([from, to]) =>
          () =>
            edgesStep(from, to),
      ),
      edgeLabelsStep,
      ...slices(nodes.length, inSlices ? NODE_SLICE : Infinity).map(
        ([from, to]) =>
          () =>
            nodesStep(from, to),
      ),
    ];

    /**
     * The separate edges [from, to): the join takes the first `to`, so earlier slices' marks stay; older marks
     * not (yet) in it stay too, until the last slice removes those that are gone.
     */
    function edgesStep(from: number, to: number): void {
      if (from === 0) {
        svg
          .select('text.empty-note')
          .attr('x', data.layout.width / 2)
          .attr('y', data.layout.height / 2)
          .text(shownNodes.length === 0 ? 'No relationships are dated in this window.' : '');
        activeEdge = activeId(
          svg.select('g.edges'),
          edges.map((e) => e.id),
        );
      }
      svg
        .select('g.edges')
        .selectAll<SVGGElement, PlacedEdge>('g.edge')
        .data(edges.slice(0, to), (d) => d.id)
        .join(
          (enter) => {
            const g = enter.append('g').attr('role', 'button');
            g.append('path').attr('class', 'hit');
            g.append('path').attr('class', 'line');
            g.on('click', (event: MouseEvent, d) => {
              event.stopPropagation();
              listeners.call('select', undefined, { type: 'relationship', id: d.id });
            })
              .on('keydown', (event: KeyboardEvent, d) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  listeners.call('select', undefined, { type: 'relationship', id: d.id });
                } else rovingKeydown(event, svg.select('g.edges').node() as Element, 'g.edge');
              })
              .on('mouseenter focus', function (this: SVGGElement, _event: Event, d) {
                tooltip?.show(
                  { title: edgeText(d), lines: ['Relationship · click for the evidence'] },
                  anchorOf(this.querySelector('path.line') ?? this),
                );
              })
              .on('mouseleave blur', () => tooltip?.hide());
            return g;
          },
          (update) => update,
          (exit) => void (to === edges.length && exit.remove()),
        )
        .filter((_d, i) => i >= from)
        .attr(
          'class',
          (d) =>
            `edge${isStrong(d, data) ? ' is-strong' : ' is-dim'}${d.id === selectedId ? ' is-selected' : ''}` +
            (data.pathEdges?.has(d.id) ? ' is-on-path' : '') +
            (data.disputed?.has(d.id) ? ' is-disputed' : ''),
        )
        .attr('data-id', (d) => d.id)
        .attr('data-type', 'relationship')
        .attr('data-source', (d) => d.source)
        .attr('data-target', (d) => d.target)
        .attr('tabindex', (d) => (d.id === activeEdge ? 0 : -1))
        .attr('aria-label', (d) => `${edgeText(d)}${data.disputed?.has(d.id) ? '; sources disagree about it' : ''}`)
        .attr('aria-pressed', (d) => String(d.id === selectedId))
        .call((g) => {
          g.select('path.hit').attr('d', (d) => pathData(geometry(d)));
          g.select('path.line')
            .attr('d', (d) => pathData(geometry(d)))
            .attr('marker-end', (d) => `url(#${uid}-arrow-${isStrong(d, data) ? 'strong' : 'normal'})`);
          g.each(function (d) {
            const mid = data.disputed?.has(d.id) ? pointOnPath(geometry(d), 0.5) : null;
            svgDisputeBadge(this, mid !== null, mid?.x, mid?.y, 'Sources disagree about this relationship');
          });
        });
    }

    function edgeLabelsStep(): void {
      svg
        .select('g.edge-labels')
        .selectAll<SVGTextElement, PlacedEdge>('text')
        .data(
          shownEdges.filter((e) => e.label),
          (d) => d.id,
        )
        .join('text')
        .attr('data-for', (d) => d.id)
        .attr('class', (d) => `edge-label${isStrong(d, data) ? '' : ' is-dim'}`)
        .attr('x', (d) => (moved.has(d.source) || moved.has(d.target) ? pointOnPath(geometry(d), 0.5).x : d.label!.x))
        .attr('y', (d) =>
          moved.has(d.source) || moved.has(d.target) ? pointOnPath(geometry(d), 0.5).y + 3.5 : d.label!.y,
        )
        .text((d) => d.labelText);
    }

    /** The separate actors [from, to), as `edgesStep` draws edges. */
    function nodesStep(from: number, to: number): void {
      if (from === 0)
        activeNode = activeId(
          svg.select('g.nodes'),
          nodes.map((n) => n.id),
        );
      const nodeSel = svg
        .select('g.nodes')
        .selectAll<SVGGElement, PlacedNode>('g.node')
        .data(nodes.slice(0, to), (d) => d.id)
        .join(
          (enter) => {
            const g = enter.append('g').attr('role', 'button');
            g.append('circle').attr('class', 'focus-ring');
            g.append('path').attr('class', 'symbol');
            g.append('text').attr('class', 'node-label');
            g.on('click', (event: MouseEvent, d) => {
              event.stopPropagation();
              listeners.call('select', undefined, { type: 'actor', id: d.id });
            })
              .on('keydown', (event: KeyboardEvent, d) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  listeners.call('select', undefined, { type: 'actor', id: d.id });
                } else rovingKeydown(event, svg.select('g.nodes').node() as Element, 'g.node');
              })
              .on('mouseenter focus', function (this: SVGGElement, _event: Event, d) {
                tooltip?.show(nodeTooltip(d), anchorOf(this.querySelector('path.symbol') ?? this));
              })
              .on('mouseleave blur', () => tooltip?.hide());
            g.call(
              drag<SVGGElement, PlacedNode>()
                .on('start', function (this: SVGGElement) {
                  select(this).classed('is-dragging', true);
                  tooltip?.hide();
                })
                .on('drag', (event: D3DragEvent<SVGGElement, PlacedNode, PlacedNode>, d) => {
                  const p = position(d);
                  moved.set(d.id, { x: p.x + event.dx, y: p.y + event.dy });
                  draw(svg);
                })
                .on('end', function (this: SVGGElement) {
                  select(this).classed('is-dragging', false);
                }),
            );
            return g;
          },
          (update) => update,
          (exit) => void (to === nodes.length && exit.remove()),
        )
        .filter((_d, i) => i >= from);
      nodeSel
        .attr('class', (d) => {
          const dim = data.highlight && !data.highlight.has(d.id);
          return `node kind-${d.kind}${dim ? ' is-dim' : ''}${d.id === data.focusId ? ' is-focus' : ''}${d.id === selectedId ? ' is-selected' : ''}`;
        })
        .attr('data-id', (d) => d.id)
        .attr('data-type', 'actor')
        .attr('tabindex', (d) => (d.id === activeNode ? 0 : -1))
        .attr(
          'aria-label',
          (d) =>
            `${d.name}, ${ACTOR_STYLE[d.kind].label.toLowerCase()}, ${d.degree} relationship${d.degree === 1 ? '' : 's'}${data.disputed?.has(d.id) ? '; sources disagree about this actor' : ''}`,
        )
        .attr('aria-pressed', (d) => String(d.id === data.focusId))
        .attr('transform', (d) => `translate(${position(d).x},${position(d).y})`)
        .call((g) => {
          g.select('circle.focus-ring').attr('r', (d) => d.r + 5);
          g.select('path.symbol').attr('d', (d) => actorSymbolPath(d.kind, d.r));
          g.select('text.node-label')
            .attr('display', (d) => (d.label ? null : 'none'))
            .attr('x', (d) => (d.label ? d.label.x - d.x : 0))
            .attr('y', (d) => (d.label ? d.label.y - d.y : 0))
            .attr('text-anchor', (d) => d.label?.anchor ?? 'middle')
            .text((d) => d.name);
          g.each(function (d) {
            svgDisputeBadge(
              this,
              data.disputed?.has(d.id) ?? false,
              d.r * 0.8,
              -d.r * 0.8,
              'Sources disagree about this actor',
            );
          });
        });
    }
  }

  /** Keeps the focused mark the tab stop; otherwise the selected one, else the first. */
  function activeId(layer: Selection<SVGGElement, unknown, null, undefined>, ids: string[]): string | null {
    const kept = layer.select<SVGGElement>('[tabindex="0"]').node()?.getAttribute('data-id') ?? null;
    if (kept && ids.includes(kept)) return kept;
    if (selectedId && ids.includes(selectedId)) return selectedId;
    return ids[0] ?? null;
  }

  const component = view as NetworkView;
  component.selectedId = accessor(
    component,
    () => selectedId,
    (v) => void (selectedId = v),
  );
  component.tooltip = accessor(
    component,
    () => tooltip,
    (v) => void (tooltip = v),
  );
  component.wheelNeedsModifier = accessor(
    component,
    () => wheelNeedsModifier,
    (v) => void (wheelNeedsModifier = v),
  );
  component.progressive = accessor(
    component,
    () => progressive,
    (v) => void (progressive = v),
  );
  component.drawn = () => drawing;
  component.resetZoom = (selection: Root) => {
    const node = selection.select<SVGSVGElement>('svg.network-chart').node();
    if (node) select(node).call(zoomBehaviour.transform, zoomIdentity);
  };
  component.on = (type, listener) => {
    (listeners.on as (type: string, callback: typeof listener) => void)(type, listener);
    return component;
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
