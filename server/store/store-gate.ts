// Requests and the readiness check share what they learn about the graph store (issue 12). A request that meets an
// outage tells the check, so it pings again now rather than at its next healthy-interval tick; one that succeeds tells
// it too, since a read answered by a restarted Neo4j has planned what the monitor's warm-up would have, so /ready
// turns 200 as soon as traffic is answered again.
// Tried and dropped (docs/benchmarks.md), both measured worse under load: refusing requests at once while a ping found
// Neo4j unreachable (the clients' retries then took the CPU a restarting Neo4j needed: first success 35-38 s after its
// return against 5-7 s without refusing), and letting only two calls reach a warming Neo4j at once (/ready turned 200
// when the warm-up ended, and the full load that followed failed).
import type { GraphStore } from './store.ts';
import { SeedInProgressError, StoreUnavailableError } from './store-errors.ts';

/** What a gated store asks and tells (the ReadinessMonitor implements it). */
export interface StoreGate {
  /** A request found the store unavailable. */
  failed(): void;
  /** A request was answered. */
  succeeded(): void;
}

/** The monitor's own calls: they must reach the store whatever the gate says, since they are how it learns. */
const UNGATED = new Set<PropertyKey>(['ping', 'warmUp', 'degradations', 'close']);

export function gateStore(store: GraphStore, gate: StoreGate): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || UNGATED.has(property)) return value;
      return (...args: unknown[]) => {
        return Promise.resolve(value.apply(target, args)).then(
          (answer: unknown) => {
            gate.succeeded();
            return answer;
          },
          (e: unknown) => {
            // A seed that started while the store was ready: the monitor pings now and reports not ready.
            if (e instanceof StoreUnavailableError || e instanceof SeedInProgressError) gate.failed();
            throw e;
          },
        );
      };
    },
  });
}
