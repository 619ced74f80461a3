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

function readBox(from: Float64Array, at: number, text: string): TextBox | null {
  if (from[at] !== 1) return null;
  const [x, y, anchor, left, right, top, bottom] = from.subarray(at + 1, at + 8);
  return { text, x: x!, y: y!, anchor: ANCHORS[anchor!]!, left: left!, right: right!, top: top!, bottom: bottom! };
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
  const input = sortedInput(inputNodes, inputEdges);
  const v = packed.nodes;
  const nodes: PlacedNode[] = input.nodes.map((n, i) => {
    const at = i * NODE_STRIDE;
    return { ...n, x: v[at]!, y: v[at + 1]!, r: v[at + 2]!, degree: v[at + 3]!, label: readBox(v, at + 4, n.name) };
  });
  const w = packed.edges;
  const edges: PlacedEdge[] = input.edges.map((e, i) => {
    const at = i * EDGE_STRIDE;
    const [offset, flip, x1, y1, cx, cy, x2, y2] = w.subarray(at, at + 8);
    const labelText = relationshipLabel(e.type);
    return {
      ...e,
      offset: offset!,
      flip: flip === 1,
      path: { x1: x1!, y1: y1!, cx: cx!, cy: cy!, x2: x2!, y2: y2! },
      labelText,
      label: readBox(w, at + 8, labelText),
    };
  });
  return { width: packed.width, height: packed.height, nodes, edges };
}
