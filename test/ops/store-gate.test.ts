// The outage gate between requests and the store: refuses at once during a known outage without touching the store,
// lets the monitor's own calls through, and asks for a check when a request finds the store unavailable.
import { describe, expect, it } from 'vitest';
import { withOutageGate } from '../../server/store/store-gate.ts';
import { StoreUnavailableError } from '../../server/store/store-errors.ts';
import type { GraphStore } from '../../server/store/store.ts';

function fakeStore(behaviour: { graphVersion: () => Promise<string> }) {
  const calls: string[] = [];
  const store = {
    graphVersion: () => (calls.push('graphVersion'), behaviour.graphVersion()),
    ping: () => (calls.push('ping'), Promise.resolve()),
    warmUp: () => (calls.push('warmUp'), Promise.resolve()),
    close: () => (calls.push('close'), Promise.resolve()),
  } as unknown as GraphStore;
  return { store, calls };
}

function signal(outage: boolean) {
  const state = { outage, rechecks: 0 };
  return { state, outage: () => state.outage, recheck: () => void (state.rechecks += 1) };
}

describe('withOutageGate', () => {
  it('refuses a request at once during a known outage, without calling the store', async () => {
    const { store, calls } = fakeStore({ graphVersion: () => Promise.resolve('v1') });
    const s = signal(true);
    const gated = withOutageGate(store, s);
    await expect(gated.graphVersion()).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(calls).toEqual([]);
    // The monitor's own calls pass: they are how it learns that the store is back.
    await gated.ping();
    await gated.warmUp!();
    await gated.close();
    expect(calls).toEqual(['ping', 'warmUp', 'close']);
    s.state.outage = false;
    expect(await gated.graphVersion()).toBe('v1');
    expect(s.state.rechecks).toBe(0);
  });

  it('asks for a check when a request finds the store unavailable, and passes the error on', async () => {
    const failure = new StoreUnavailableError('connect ECONNREFUSED');
    const s = signal(false);
    const gated = withOutageGate(fakeStore({ graphVersion: () => Promise.reject(failure) }).store, s);
    await expect(gated.graphVersion()).rejects.toBe(failure);
    expect(s.state.rechecks).toBe(1);
  });

  it('does not ask for a check on other errors (a query bug is no outage)', async () => {
    const s = signal(false);
    const gated = withOutageGate(fakeStore({ graphVersion: () => Promise.reject(new TypeError('bug')) }).store, s);
    await expect(gated.graphVersion()).rejects.toBeInstanceOf(TypeError);
    expect(s.state.rechecks).toBe(0);
  });
});
