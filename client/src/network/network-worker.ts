// Runs the network layout off the main thread for large graphs; see layout-network-async.ts.
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

addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const { requestId, nodes, edges, options } = event.data;
  postMessage({ requestId, layout: layoutNetwork(nodes, edges, options) });
});
