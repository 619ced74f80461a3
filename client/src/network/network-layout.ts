// The actor network as positions: a seeded force simulation run to rest synchronously, fitted to the
// box, then labels placed so no text overlaps other text or a node. Pure; runs in a worker or in Node.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import type { ActorKind } from '../../../core/domain/types.ts';
import { textWidth, type FontSpec } from '../../../core/text/text-width.ts';
import { edgePath, parallelOffsets, pointOnPath, type EdgePath } from './edge-geometry.ts';
import { crossingCount, Occupancy, SegmentIndex, textBox, type Segment, type TextBox } from './label-placement.ts';
import { seedPositions } from './initial-positions.ts';
import { separateHubs } from './separate-hubs.ts';
import { lcg } from './lcg.ts';

export interface NetworkNodeInput {
  id: string;
  name: string;
  kind: ActorKind;
}

export interface NetworkEdgeInput {
  id: string;
  type: string;
  source: string;
  target: string;
}

export interface NetworkLayoutOptions {
  width: number;
  height: number;
  seed?: number;
  ticks?: number;
}

export interface PlacedNode extends NetworkNodeInput {
  x: number;
  y: number;
  r: number;
  degree: number;
  /** Null when the name could not be written without overlapping; the tooltip still has it. */
  label: TextBox | null;
}

export interface PlacedEdge extends NetworkEdgeInput {
  /** Sideways bend, shared with the view so dragging keeps parallel edges apart. */
  offset: number;
  flip: boolean;
  path: EdgePath;
  labelText: string;
  label: TextBox | null;
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export const NODE_FONT: FontSpec = { size: 12, bold: true };
export const EDGE_FONT: FontSpec = { size: 10 };
export const DEFAULT_SEED = 42;
const PADDING = 12;

/** PROPOSED_TO -> "proposed to". */
export function relationshipLabel(type: string): string {
  return type.toLowerCase().replace(/_+/g, ' ');
}

export function nodeRadius(degree: number): number {
  return Math.min(18, 8 + 2.2 * Math.sqrt(degree));
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  labelWidth: number;
}

/** Above this many actors the simulation starts from a seeded rough layout and runs a shorter schedule. */
export const LARGE_NETWORK = 300;
const LINK_DISTANCE = 160;
/** How many of the busiest actors a big network keeps from overlapping once fitted. */
const HUBS = 40;

/**
 * How long to simulate. Small networks keep d3's default schedule (300 ticks down to alpha 0.001). Big ones
 * start near their final shape (see initial-positions.ts), so fewer ticks reach the same rest: the count
 * falls with the square root of the size (about 116 at 2,000 actors) and alpha decays to the same floor over
 * them; one collision pass per tick and a coarser Barnes-Hut (theta) keep each tick cheap. Measured on the
 * bench's 2,000-actor network: about a fifth of the simulation's CPU time, edge lengths alike, and (with
 * separateHubs after fitting) none of the 40 busiest actors overlapping, where 128 pairs of them did before.
 */
export function simulationPlan(nodeCount: number, ticks?: number) {
  if (ticks !== undefined || nodeCount <= LARGE_NETWORK)
    return {
      ticks: ticks ?? 300,
      alphaDecay: 1 - Math.pow(0.001, 1 / 300),
      collideIterations: 2,
      theta: 0.9,
      seeded: false,
    };
  const planned = Math.max(100, Math.round(300 * Math.sqrt(LARGE_NETWORK / nodeCount)));
  return {
    ticks: planned,
    alphaDecay: 1 - Math.pow(0.001, 1 / planned),
    collideIterations: 1,
    theta: nodeCount > 1000 ? 1.2 : 0.9,
    seeded: true,
  };
}

function simulate(
  nodes: SimNode[],
  edges: ReadonlyArray<{ source: string; target: string }>,
  options: NetworkLayoutOptions,
): void {
  const { width, height } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  const plan = simulationPlan(nodes.length, options.ticks);
  if (plan.seeded) seedPositions(nodes, edges, { x: width / 2, y: height / 2 }, LINK_DISTANCE / 2, seed + 1);
  const links = edges.map((e) => ({ source: e.source, target: e.target }));
  const simulation = forceSimulation(nodes)
    .randomSource(lcg(seed))
    .alphaDecay(plan.alphaDecay)
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string }>(links)
        .id((d) => d.id)
        .distance(LINK_DISTANCE)
        .strength(0.35),
    )
    .force('charge', forceManyBody<SimNode>().strength(-900).distanceMax(900).theta(plan.theta))
    // Labels sit under nodes, so a node claims about half its label's width around it.
    .force(
      'collide',
      forceCollide<SimNode>((d) => Math.max(d.r + 20, d.labelWidth / 2 + 12)).iterations(plan.collideIterations),
    )
    // A wide box pulls harder vertically, so the picture takes the box's shape.
    .force('x', forceX<SimNode>(width / 2).strength(0.05 * Math.min(1, height / width)))
    .force('y', forceY<SimNode>(height / 2).strength(0.05 * Math.min(1.6, width / height)))
    .stop();
  for (let i = 0; i < plan.ticks; i++) simulation.tick();
}

/** Scales and centres positions into the box (never enlarging more than 1.4x), keeping room for labels. */
function fit(nodes: SimNode[], width: number, height: number): void {
  if (nodes.length === 0) return;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const n of nodes) {
    const half = Math.max(n.r, n.labelWidth / 2);
    x0 = Math.min(x0, (n.x ?? 0) - half);
    x1 = Math.max(x1, (n.x ?? 0) + half);
    y0 = Math.min(y0, (n.y ?? 0) - n.r);
    y1 = Math.max(y1, (n.y ?? 0) + n.r + 16);
  }
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const k = Math.min(1.4, (width - 2 * PADDING) / w, (height - 2 * PADDING) / h);
  const ox = (width - w * k) / 2 - x0 * k;
  const oy = (height - h * k) / 2 - y0 * k;
  for (const n of nodes) {
    n.x = (n.x ?? 0) * k + ox;
    n.y = (n.y ?? 0) * k + oy;
  }
}

/**
 * Nodes by id, and the edges between two different known nodes by id: the order of the layout's arrays.
 * Sorting first makes the result independent of the order the API returned things in.
 */
export function sortedInput<N extends NetworkNodeInput, E extends NetworkEdgeInput>(
  inputNodes: readonly N[],
  inputEdges: readonly E[],
): { nodes: N[]; edges: E[] } {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const nodes = [...inputNodes].sort(byId);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = [...inputEdges]
    .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
    .sort(byId);
  return { nodes, edges };
}

export function layoutNetwork(
  inputNodes: readonly NetworkNodeInput[],
  inputEdges: readonly NetworkEdgeInput[],
  options: NetworkLayoutOptions,
): NetworkLayout {
  const { width, height } = options;
  const { nodes: sortedNodes, edges } = sortedInput(inputNodes, inputEdges);
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const sim: SimNode[] = sortedNodes.map((n) => ({
    id: n.id,
    r: nodeRadius(degree.get(n.id) ?? 0),
    labelWidth: textWidth(n.name, NODE_FONT),
  }));
  simulate(sim, edges, options);
  fit(sim, width, height);
  if (simulationPlan(sim.length, options.ticks).seeded)
    separateHubs(
      [...sim]
        .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1))
        .slice(0, HUBS),
      width,
      height,
    );

  const nodes: PlacedNode[] = sortedNodes.map((n, i) => {
    const s = sim[i]!;
    return { ...n, x: s.x ?? 0, y: s.y ?? 0, r: s.r, degree: degree.get(n.id) ?? 0, label: null };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const pairs = new Map<string, NetworkEdgeInput[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    const list = pairs.get(key);
    if (list) list.push(e);
    else pairs.set(key, [e]);
  }
  const placedEdges: PlacedEdge[] = [];
  for (const list of pairs.values()) {
    const offsets = parallelOffsets(list.length);
    list.forEach((e, i) => {
      const flip = e.source > e.target;
      const offset = offsets[i] ?? 0;
      const path = edgePath(byId.get(e.source)!, byId.get(e.target)!, offset, flip);
      placedEdges.push({ ...e, offset, flip, path, labelText: relationshipLabel(e.type), label: null });
    });
  }
  placedEdges.sort((a, b) => (a.id < b.id ? -1 : 1));

  placeLabels(nodes, placedEdges, width, height);
  return { width, height, nodes, edges: placedEdges };
}

/** An edge as a polyline, to count how often it would run through a label. */
function segmentsOf(path: EdgePath, steps = 10): Segment[] {
  const points = Array.from({ length: steps + 1 }, (_, i) => pointOnPath(path, i / steps));
  return points.slice(1).map((p, i) => ({ x1: points[i]!.x, y1: points[i]!.y, x2: p.x, y2: p.y }));
}

/**
 * Node names first (busiest actors first), then relationship labels in whatever room is left; each
 * takes the free position that the fewest other edges run through.
 */
function placeLabels(nodes: PlacedNode[], edges: PlacedEdge[], width: number, height: number): void {
  const space = new Occupancy({ left: 0, right: width, top: 0, bottom: height }, 2);
  const segments = new Map(edges.map((e) => [e.id, segmentsOf(e.path)]));
  const all = new SegmentIndex();
  for (const list of segments.values()) for (const s of list) all.add(s);
  for (const n of nodes) space.add({ left: n.x - n.r, right: n.x + n.r, top: n.y - n.r, bottom: n.y + n.r });
  const byImportance = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  for (const n of byImportance) {
    const w = textWidth(n.name, NODE_FONT);
    n.label = space.place(
      [
        textBox(n.name, n.x, n.y + n.r + 13, 'middle', w, 10, 3),
        textBox(n.name, n.x, n.y - n.r - 5, 'middle', w, 10, 3),
        textBox(n.name, n.x + n.r + 5, n.y + 4, 'start', w, 10, 3),
        textBox(n.name, n.x - n.r - 5, n.y + 4, 'end', w, 10, 3),
      ],
      (box) => all.crossings(box),
    );
  }
  for (const e of edges) {
    const w = textWidth(e.labelText, EDGE_FONT);
    const own = segments.get(e.id) ?? [];
    e.label = space.place(
      // Along the edge first, then just above or below it.
      [0, -9, 9].flatMap((dy) =>
        [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78].map((t) => {
          const p = pointOnPath(e.path, t);
          return textBox(e.labelText, p.x, p.y + 3.5 + dy, 'middle', w, 8.5, 2.5);
        }),
      ),
      // The edges other than this one: all of them, less its own crossings.
      (box) => all.crossings(box) - crossingCount(box, own),
    );
  }
}
