// The answer cache's memory bound and single flight, on the class alone: bytes held never pass the limit, the least
// recently used answer goes first, an answer over a quarter of the limit is not kept, a new version drops them all;
// an answer is admitted from its key's second request on.
import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../server/graphql/answer-cache.ts';

const answer = (bytes: number) => ({
  body: new TextEncoder().encode('x'.repeat(bytes)),
  contentType: 'application/json',
});

describe('AnswerCache', () => {
  it('holds at most its bytes, dropping the least recently used answer first', () => {
    const cache = new AnswerCache(10_000);
    cache.observe('v1');
    for (let i = 0; i < 20; i++) {
      cache.set(`k${i}`, 'v1', answer(1000));
      if (i > 0) cache.get('k0'); // keep k0 recently used
      expect(cache.sizeBytes).toBeLessThanOrEqual(10_000);
    }
    expect(cache.get('k0')).toBeDefined();
    expect(cache.get('k1')).toBeUndefined();
    expect(cache.get('k19')).toBeDefined();
    expect(cache.size).toBeLessThan(20);
  });

  it('admits a key from its second request on, and forgets the keys it saw when the version changes', () => {
    const cache = new AnswerCache(10_000);
    cache.observe('v1');
    expect(cache.admit('a')).toBe(false);
    expect(cache.admit('b')).toBe(false);
    expect(cache.admit('a')).toBe(true);
    expect(cache.admit('a')).toBe(true);
    cache.observe('v2');
    expect(cache.admit('b')).toBe(false);
    expect(cache.admit('b')).toBe(true);
  });

  it('keeps no answer over a quarter of its bytes', () => {
    const cache = new AnswerCache(10_000);
    cache.observe('v1');
    cache.set('big', 'v1', answer(3000));
    expect(cache.get('big')).toBeUndefined();
    cache.set('quarter', 'v1', answer(2000));
    expect(cache.get('quarter')).toBeDefined();
  });

  it('drops every answer when the version changes, and keeps none computed for an older one', () => {
    const cache = new AnswerCache(10_000);
    cache.observe('v1');
    cache.set('a', 'v1', answer(10));
    cache.observe('v2');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.set('b', 'v1', answer(10)); // a request that began before the seed ends after it
    expect(cache.get('b')).toBeUndefined();
  });

  it('lets followers share the leader’s answer, or null on failure or after their wait', async () => {
    const cache = new AnswerCache(10_000);
    const flight = cache.lead('k', 10_000);
    expect(cache.inFlight('k')).toBe(true);
    const waiting = cache.follow('k', 10_000);
    flight.settle(answer(5));
    expect((await waiting)?.body).toEqual(answer(5).body);
    expect(cache.inFlight('k')).toBe(false);

    const failing = cache.lead('f', 10_000);
    const waitingOnFailure = cache.follow('f', 10_000);
    failing.settle(null);
    expect(await waitingOnFailure).toBeNull();

    cache.lead('slow', 10_000);
    expect(await cache.follow('slow', 20)).toBeNull();
  });

  it('ends a flight nobody settles after its longest wait', async () => {
    const cache = new AnswerCache(10_000);
    cache.lead('lost', 20);
    await new Promise((r) => setTimeout(r, 40));
    expect(cache.inFlight('lost')).toBe(false);
  });
});
