// Requests and the readiness check share what they learn about the graph store (issue 12). While the check finds
// the store unreachable, requests are refused at once with StoreUnavailableError instead of each one waiting out the
// driver's connection timeout and retries: then nothing is queued on a dead pool when Neo4j returns. A request that
// meets an outage tells the check, so it looks again now rather than at its next healthy-interval tick; one that
// succeeds tells it too, since a read answered by a restarted Neo4j has planned what the check's warm-up would have.
//
// While the store is back but not ready yet (cold: every query is planned again, and its JVM is cold too), only a few
// calls reach it at once; the others wait their turn for a bounded time and are then refused without having touched
// it. Measured under load (bench/experiments/neo4j-recovery.ts), letting every client through at once made each call
// miss its deadline while Neo4j went on running the abandoned ones, and recovery took 10-30 s.
import type { GraphStore } from './store.ts';
import { StoreUnavailableError } from './store-errors.ts';

/** What a gated store asks and tells (the ReadinessMonitor implements it). */
export interface StoreGate {
  /** Whether the store is known to be unreachable right now. */
  refuses(): boolean;
  /** How many calls may be in flight at once now (Infinity: no limit). */
  admits(): number;
  /** A request found the store unavailable. */
  failed(): void;
  /** A request was answered. */
  succeeded(): void;
}

/** The monitor's own calls: they must reach the store whatever the gate says, since they are how it learns. */
const UNGATED = new Set<PropertyKey>(['ping', 'warmUp', 'degradations', 'close']);

/** `waitMs`: how long a call waits for its turn while the gate admits only a few. */
export function gateStore(store: GraphStore, gate: StoreGate, waitMs = 2000): GraphStore {
  let inFlight = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    inFlight -= 1;
    while (waiting.length > 0 && inFlight < gate.admits()) waiting.shift()!();
  };
  const admitted = (): Promise<void> => {
    if (inFlight < gate.admits()) {
      inFlight += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        inFlight += 1;
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(turn), 1);
        reject(new StoreUnavailableError('the graph store is warming up; try again shortly'));
      }, waitMs);
      waiting.push(turn);
    });
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || UNGATED.has(property)) return value;
      return async (...args: unknown[]) => {
        if (gate.refuses()) throw new StoreUnavailableError();
        await admitted();
        try {
          const answer: unknown = await value.apply(target, args);
          gate.succeeded();
          return answer;
        } catch (e) {
          if (e instanceof StoreUnavailableError) gate.failed();
          throw e;
        } finally {
          release();
        }
      };
    },
  });
}
