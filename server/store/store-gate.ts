// Requests and the readiness monitor share what they learn about the graph store. While the monitor's last ping found
// the store unavailable, a request is refused at once with StoreUnavailableError, the clean SERVICE_UNAVAILABLE,
// instead of spending seconds on the driver's retries against a dead server (issue 12); requests are let in again as
// soon as a ping is answered. A request that finds the store unavailable while it was thought ready makes the monitor
// check at once, so the next requests are refused quickly and /ready turns 503.
import type { GraphStore } from './store.ts';
import { StoreUnavailableError } from './store-errors.ts';

export interface OutageSignal {
  /** True while requests should be refused. */
  outage(): boolean;
  /** Asks for a check now. */
  recheck(): void;
}

/** Used by the monitor itself, so never gated: they are how it learns that the store is back. */
const UNGATED = new Set<PropertyKey>(['ping', 'warmUp', 'degradations', 'close']);

export function withOutageGate(store: GraphStore, signal: OutageSignal): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || UNGATED.has(property)) return value;
      return async (...args: unknown[]) => {
        if (signal.outage()) throw new StoreUnavailableError('the graph store is unavailable (known outage)');
        try {
          return await (value.apply(target, args) as unknown);
        } catch (e) {
          if (e instanceof StoreUnavailableError) signal.recheck();
          throw e;
        }
      };
    },
  });
}
