// Requests and the readiness check share what they learn about the graph store (issue 12). While the check finds
// the store unreachable, requests are refused at once with StoreUnavailableError instead of each one waiting out the
// driver's connection timeout and retries: then nothing is queued on a dead pool when Neo4j returns, and the first
// request after the check's next success goes straight through. A request that meets an outage tells the check, so
// it looks again now rather than at its next healthy-interval tick; one that succeeds tells it too, since a read
// answered by a restarted Neo4j has planned what the monitor's warm-up would have.
// Tried and dropped (docs/benchmarks.md): letting only two calls reach the store at once while it warms up. /ready
// then turned 200 when the monitor's warm-up ended, and the full load that followed on a still-cold Neo4j failed.
import type { GraphStore } from './store.ts';
import { StoreUnavailableError } from './store-errors.ts';

/** What a gated store asks and tells (the ReadinessMonitor implements it). */
export interface StoreGate {
  /** Whether the store is known to be unreachable right now. */
  refuses(): boolean;
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
        if (gate.refuses()) return Promise.reject(new StoreUnavailableError());
        return Promise.resolve(value.apply(target, args)).then(
          (answer: unknown) => {
            gate.succeeded();
            return answer;
          },
          (e: unknown) => {
            if (e instanceof StoreUnavailableError) gate.failed();
            throw e;
          },
        );
      };
    },
  });
}
