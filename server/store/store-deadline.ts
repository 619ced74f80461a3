// Bounds how long a request waits on the graph store. Past the deadline the caller gets StoreUnavailableError (so
// the client a clean SERVICE_UNAVAILABLE), also when the database took the connection but does not answer: a
// stalled or still-starting Neo4j, which the driver alone would wait on indefinitely.
import type { GraphStore } from './store.ts';
import { StoreUnavailableError } from './store-errors.ts';

export function withDeadline(store: GraphStore, deadlineMs: number): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      // close() is shutdown, bounded by the shutdown deadline instead.
      if (typeof value !== 'function' || property === 'close') return value;
      return (...args: unknown[]) => within(deadlineMs, Promise.resolve(value.apply(target, args)));
    },
  });
}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError(`the graph store did not answer within ${ms} ms`)), ms);
  });
  // The abandoned call still settles on its own (its session closes then); only nobody waits for it.
  work.catch(() => {});
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
