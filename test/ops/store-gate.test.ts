// gateStore: tells the gate when a call meets an outage and when one is answered; answers and errors pass through
// unchanged.
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { InvalidCursorError, StoreUnavailableError } from '../../server/store/store-errors.ts';
import { gateStore } from '../../server/store/store-gate.ts';
import type { GraphStore } from '../../server/store/store.ts';

function gate() {
  const g = {
    failures: 0,
    successes: 0,
    failed: () => void (g.failures += 1),
    succeeded: () => void (g.successes += 1),
  };
  return g;
}

describe('gateStore', () => {
  it('passes answers and non-outage errors through, telling the gate only of answers', async () => {
    const store = new MemoryStore(await loadArticles());
    const g = gate();
    const gated = gateStore(store, g);
    expect(await gated.listSources()).toEqual(await store.listSources());
    await expect(
      gated.listActors({ kind: null, search: null, first: 1, after: 'not-a-cursor' }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    expect(g.failures).toBe(0);
    expect(g.successes).toBe(1);
  });

  it('tells the gate when a call meets an outage, and still throws it', async () => {
    const outage = new StoreUnavailableError('connect ECONNREFUSED');
    const store = { listSources: () => Promise.reject(outage) } as unknown as GraphStore;
    const g = gate();
    await expect(gateStore(store, g).listSources()).rejects.toBe(outage);
    expect(g.failures).toBe(1);
  });
});
