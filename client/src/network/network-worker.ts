// Runs the network layout off the main thread for large graphs; see layout-network-async.ts. The result
// goes back as transferred Float64Arrays (layout-transfer.ts): no copy, and no big clone to decode.
import { packLayout, type PackedLayout } from './layout-transfer.ts';
import {
  layoutNetwork,
  type NetworkEdgeInput,
  type NetworkLayoutOptions,
  type NetworkNodeInput,
} from './network-layout.ts';

export interface LayoutRequest {
  requestId: number;
  nodes: NetworkNodeInput[];
  edges: NetworkEdgeInput[];
  options: NetworkLayoutOptions;
}

export interface LayoutResponse {
  requestId: number;
  packed: PackedLayout;
}

addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const { requestId, nodes, edges, options } = event.data;
  const packed = packLayout(layoutNetwork(nodes, edges, options));
  const response: LayoutResponse = { requestId, packed };
  postMessage(response, { transfer: [packed.nodes.buffer, packed.edges.buffer] });
});
