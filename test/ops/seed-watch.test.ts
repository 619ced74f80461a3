// SeedWatch (server/store/neo4j/seed-watch.ts): asks Neo4j at most once per ttl, shares one question between
// concurrent reads, refuses while the marker is there, and asks afresh when told to (the readiness ping).
import { describe, expect, it } from 'vitest';
import { SeedWatch } from '../../server/store/neo4j/seed-watch.ts';
import { SeedInProgressError } from '../../server/store/store-errors.ts';

function watched(ttlMs = 1000) {
  let seeding = false;
  let asked = 0;
  let now = 0;
  const watch = new SeedWatch(
    async () => {
      asked++;
      return seeding;
    },
    ttlMs,
    () => now,
  );
  return {
    watch,
    asked: () => asked,
    seed: (on: boolean) => (seeding = on),
    tick: (ms: number) => (now += ms),
  };
}

describe('SeedWatch', () => {
  it('asks once per ttl, shared by concurrent reads', async () => {
    const w = watched();
    await Promise.all([w.watch.assertComplete(), w.watch.assertComplete(), w.watch.assertComplete()]);
    expect(w.asked()).toBe(1);
    w.tick(999);
    await w.watch.assertComplete();
    expect(w.asked()).toBe(1);
    w.tick(1);
    await w.watch.assertComplete();
    expect(w.asked()).toBe(2);
  });

  it('refuses once a seed has started (within the ttl), and answers once it is done', async () => {
    const w = watched();
    await w.watch.assertComplete();
    w.seed(true);
    await expect(w.watch.assertComplete()).resolves.toBeUndefined();
    w.tick(1000);
    await expect(w.watch.assertComplete()).rejects.toBeInstanceOf(SeedInProgressError);
    w.seed(false);
    await expect(w.watch.assertComplete()).rejects.toBeInstanceOf(SeedInProgressError);
    await expect(w.watch.assertComplete(true)).resolves.toBeUndefined();
    await expect(w.watch.assertComplete()).resolves.toBeUndefined();
  });
});
