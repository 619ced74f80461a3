// Chooses where the network layout runs: inline for small graphs, in a Web Worker above a few hundred nodes,
// where hundreds of synchronous ticks would freeze the page. Same function, same seed, same picture.
import {
  layoutNetwork,
  type NetworkEdgeInput,
  type NetworkLayout,
  type NetworkLayoutOptions,
  type NetworkNodeInput,
  sortedInput,
} from './network-layout.ts';
import type { LayoutRequest, LayoutResponse } from './network-worker.ts';
import { unpackSorted } from './layout-transfer.ts';

export const WORKER_THRESHOLD = 300;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (response: LayoutResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./network-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<LayoutResponse>) => {
      pending.get(event.data.requestId)?.(event.data);
      pending.delete(event.data.requestId);
    });
  }
  return worker;
}

export function layoutNetworkAsync(
  nodes: NetworkNodeInput[],
  edges: NetworkEdgeInput[],
  options: NetworkLayoutOptions,
): Promise<NetworkLayout> {
  if (nodes.length <= WORKER_THRESHOLD || typeof Worker === 'undefined')
    return Promise.resolve(layoutNetwork(nodes, edges, options));
  const requestId = nextId++;
  const request: LayoutRequest = { requestId, nodes, edges, options };
  // The input in the layout's order, sorted while the worker runs so that taking its result in stays short.
  let input: ReturnType<typeof sortedInput> | null = null;
  const sortInput = () => (input ??= sortedInput(nodes, edges));
  return new Promise((resolve) => {
    pending.set(requestId, (response) => resolve(unpackSorted(response.packed, sortInput())));
    getWorker().postMessage(request);
    setTimeout(sortInput);
  });
}
