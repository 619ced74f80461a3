// A NetworkLayout as two Float64Arrays, so the worker hands its result over by transfer (no copy, no
// structured clone of thousands of objects on the main thread); the main thread already holds the ids,
// names and types, and rebuilds the same objects from the numbers.
import {
  relationshipLabel,
  sortedInput,
  type NetworkEdgeInput,
  type NetworkLayout,
  type NetworkNodeInput,
  type PlacedEdge,
  type PlacedNode,
} from './network-layout.ts';
import type { TextBox } from './label-placement.ts';

export interface PackedLayout {
  width: number;
  height: number;
  nodes: Float64Array;
  edges: Float64Array;
}

const ANCHORS: ReadonlyArray<TextBox['anchor']> = ['start', 'middle', 'end'];
const NODE_STRIDE = 4 + 8;
const EDGE_STRIDE = 8 + 8;

/** has-label flag, x, y, anchor, left, right, top, bottom: 8 numbers. */
function writeBox(out: Float64Array, at: number, box: TextBox | null): void {
  if (!box) return void (out[at] = 0);
  out.set([1, box.x, box.y, ANCHORS.indexOf(box.anchor), box.left, box.right, box.top, box.bottom], at);
}

function readBox(v: Float64Array, at: number, text: string): TextBox | null {
  if (v[at] !== 1) return null;
  // Plain index reads: a subarray per box would allocate a view for each of thousands of boxes.
  return {
    text,
    x: v[at + 1]!,
    y: v[at + 2]!,
    anchor: ANCHORS[v[at + 3]!]!,
    left: v[at + 4]!,
    right: v[at + 5]!,
    top: v[at + 6]!,
    bottom: v[at + 7]!,
  };
}

export function packLayout(layout: NetworkLayout): PackedLayout {
  const nodes = new Float64Array(layout.nodes.length * NODE_STRIDE);
  layout.nodes.forEach((n, i) => {
    const at = i * NODE_STRIDE;
    nodes.set([n.x, n.y, n.r, n.degree], at);
    writeBox(nodes, at + 4, n.label);
  });
  const edges = new Float64Array(layout.edges.length * EDGE_STRIDE);
  layout.edges.forEach((e, i) => {
    const at = i * EDGE_STRIDE;
    const p = e.path;
    edges.set([e.offset, e.flip ? 1 : 0, p.x1, p.y1, p.cx, p.cy, p.x2, p.y2], at);
    writeBox(edges, at + 8, e.label);
  });
  return { width: layout.width, height: layout.height, nodes, edges };
}

/** The layout `layoutNetwork(inputNodes, inputEdges, …)` returned, from its packed numbers. */
export function unpackLayout(
  packed: PackedLayout,
  inputNodes: readonly NetworkNodeInput[],
  inputEdges: readonly NetworkEdgeInput[],
): NetworkLayout {
  return unpackSorted(packed, sortedInput(inputNodes, inputEdges));
}

/** `unpackLayout` from the input already put in the layout's order (`sortedInput`), say while the worker ran. */
export function unpackSorted(
  packed: PackedLayout,
  input: { nodes: readonly NetworkNodeInput[]; edges: readonly NetworkEdgeInput[] },
): NetworkLayout {
  const v = packed.nodes;
  const nodes: PlacedNode[] = input.nodes.map((n, i) => {
    const at = i * NODE_STRIDE;
    return { ...n, x: v[at]!, y: v[at + 1]!, r: v[at + 2]!, degree: v[at + 3]!, label: readBox(v, at + 4, n.name) };
  });
  const w = packed.edges;
  const labels = new Map<string, string>();
  const edges: PlacedEdge[] = input.edges.map((e, i) => {
    const at = i * EDGE_STRIDE;
    let labelText = labels.get(e.type);
    if (labelText === undefined) labels.set(e.type, (labelText = relationshipLabel(e.type)));
    return {
      ...e,
      offset: w[at]!,
      flip: w[at + 1] === 1,
      path: { x1: w[at + 2]!, y1: w[at + 3]!, cx: w[at + 4]!, cy: w[at + 5]!, x2: w[at + 6]!, y2: w[at + 7]! },
      labelText,
      label: readBox(w, at + 8, labelText),
    };
  });
  return { width: packed.width, height: packed.height, nodes, edges };
}
