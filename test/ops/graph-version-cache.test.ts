// The version behind ETags is read at most once per TTL, shared by concurrent requests, and a failed read is not
// remembered (the next request asks again).
import { describe, expect, it } from 'vitest';
import { GraphVersionCache } from '../../server/http/graph-version-cache.ts';

describe('GraphVersionCache', () => {
  it('reads once per TTL, once for a burst, and again after it', async () => {
    let now = 0;
    let reads = 0;
    let version = 'v1';
    const cache = new GraphVersionCache(
      async () => {
        reads++;
        return version;
      },
      1000,
      () => now,
    );
    expect(await Promise.all([cache.current(), cache.current(), cache.current()])).toEqual(['v1', 'v1', 'v1']);
    expect(reads).toBe(1);
    version = 'v2';
    now = 999;
    expect(await cache.current()).toBe('v1');
    now = 1000;
    expect(await cache.current()).toBe('v2');
    expect(reads).toBe(2);
  });

  it('answers null when the store cannot say, and asks again next time', async () => {
    let fail = true;
    const cache = new GraphVersionCache(async () => {
      if (fail) throw new Error('down');
      return 'v1';
    }, 1000);
    expect(await cache.currentOrNull()).toBeNull();
    fail = false;
    expect(await cache.currentOrNull()).toBe('v1');
  });
});
