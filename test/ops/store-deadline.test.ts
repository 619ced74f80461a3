// withDeadline: a store call that does not answer in time fails as StoreUnavailableError; answers in time pass
// through unchanged, and so do the store's own errors. Timers are faked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { withDeadline } from '../../server/store/store-deadline.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { InvalidCursorError, StoreUnavailableError } from '../../server/store/store-errors.ts';

describe('withDeadline', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes answers and errors through unchanged', async () => {
    const store = new MemoryStore(await loadArticles());
    const bounded = withDeadline(store, 1000);
    expect(await bounded.listSources()).toEqual(await store.listSources());
    await expect(
      bounded.listActors({ kind: null, search: null, first: 1, after: 'not-a-cursor' }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('fails a call that does not answer within the deadline as StoreUnavailableError', async () => {
    const store = new MemoryStore([]);
    store.listSources = () => new Promise(() => {});
    const bounded = withDeadline(store, 1000);
    let settled: unknown = 'pending';
    bounded.listSources().catch((e: unknown) => (settled = e));
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBeInstanceOf(StoreUnavailableError);
    expect((settled as Error).message).toBe('the graph store did not answer within 1000 ms');
  });

  it('leaves close() unbounded', async () => {
    const store = new MemoryStore([]);
    let closed = false;
    store.close = () =>
      new Promise((resolve) =>
        setTimeout(() => {
          closed = true;
          resolve();
        }, 5000),
      );
    const closing = withDeadline(store, 1000).close();
    await vi.advanceTimersByTimeAsync(5000);
    await closing;
    expect(closed).toBe(true);
  });
});
