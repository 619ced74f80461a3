// TopKeys (server/store/memory/top-keys.ts) keeps the busiest lanes without sorting every key: it must keep exactly
// what a full sort by (total desc, key asc) keeps, whatever the order keys are offered in.
import { describe, expect, it } from 'vitest';
import { TopKeys } from '../../server/store/memory/top-keys.ts';

describe('TopKeys', () => {
  it('keeps what a full sort keeps, ties by key, never a zero total', () => {
    const offered = Array.from({ length: 300 }, (_, i) => ({ key: `k${(i * 7919) % 300}`, total: (i * 31) % 9 }));
    for (const limit of [1, 5, 20, 299, 400]) {
      const top = new TopKeys(limit);
      for (const { key, total } of offered) top.offer(key, total);
      const expected = offered
        .filter((r) => r.total > 0)
        .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1))
        .slice(0, limit);
      expect(top.best, `limit ${limit}`).toEqual(expected);
    }
  });
});
