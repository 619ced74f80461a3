// gateStore: refuses store calls at once while the gate says so (the monitor's own calls still pass), and tells the
// gate when a call meets an outage; other errors and answers pass through unchanged.
import { describe, expect, it, vi } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { InvalidCursorError, StoreUnavailableError } from '../../server/store/store-errors.ts';
import { gateStore } from '../../server/store/store-gate.ts';
import type { GraphStore } from '../../server/store/store.ts';

function gate(refusing: boolean) {
  const g = {
    refusing,
    failures: 0,
    successes: 0,
    admitting: Infinity,
    refuses: () => g.refusing,
    admits: () => g.admitting,
    failed: () => void (g.failures += 1),
    succeeded: () => void (g.successes += 1),
  };
  return g;
}

describe('gateStore', () => {
  it('passes answers and non-outage errors through while open, telling the gate only of answers', async () => {
    const store = new MemoryStore(await loadArticles());
    const g = gate(false);
    const gated = gateStore(store, g);
    expect(await gated.listSources()).toEqual(await store.listSources());
    await expect(
      gated.listActors({ kind: null, search: null, first: 1, after: 'not-a-cursor' }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    expect(g.failures).toBe(0);
    expect(g.successes).toBe(1);
  });

  it('refuses at once while the gate refuses, without calling the store, but lets the monitor ping', async () => {
    let calls = 0;
    const store = {
      listSources: () => ((calls += 1), Promise.resolve([])),
      ping: () => ((calls += 1), Promise.resolve()),
    } as unknown as GraphStore;
    const gated = gateStore(store, gate(true));
    await expect(gated.listSources()).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(calls).toBe(0);
    await gated.ping();
    expect(calls).toBe(1);
  });

  it('tells the gate when a call meets an outage, and still throws it', async () => {
    const outage = new StoreUnavailableError('connect ECONNREFUSED');
    const store = { listSources: () => Promise.reject(outage) } as unknown as GraphStore;
    const g = gate(false);
    await expect(gateStore(store, g).listSources()).rejects.toBe(outage);
    expect(g.failures).toBe(1);
  });

  it('lets only as many calls reach the store at once as the gate admits; the others wait their turn, or are refused', async () => {
    vi.useFakeTimers({ now: 0 });
    try {
      let running = 0;
      let most = 0;
      const store = {
        listSources: () => {
          running += 1;
          most = Math.max(most, running);
          return new Promise((resolve) => setTimeout(() => ((running -= 1), resolve([])), 500));
        },
      } as unknown as GraphStore;
      const g = gate(false);
      g.admitting = 2;
      const gated = gateStore(store, g, 900);
      const calls = Array.from({ length: 6 }, () =>
        gated.listSources().then(
          () => 'answered',
          (e: unknown) => (e instanceof StoreUnavailableError ? 'refused' : 'other'),
        ),
      );
      await vi.advanceTimersByTimeAsync(3000);
      // Two at a time, 500 ms each: the second pair starts at 500 ms; the last pair's turn (1000 ms) comes after its
      // 900 ms wait, so it is refused without reaching the store.
      expect(await Promise.all(calls)).toEqual(['answered', 'answered', 'answered', 'answered', 'refused', 'refused']);
      expect(most).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
