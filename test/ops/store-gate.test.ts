// gateStore: refuses store calls at once while the gate says so (the monitor's own calls still pass), and tells the
// gate when a call meets an outage; other errors and answers pass through unchanged.
import { describe, expect, it } from 'vitest';
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
    refuses: () => g.refusing,
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
});
