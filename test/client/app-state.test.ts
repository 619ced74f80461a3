import { describe, expect, it } from 'vitest';
import { networkBackgroundClick, networkClick } from '../../client/src/app/network-clicks.ts';
import { shownDomain, zoomExtent } from '../../client/src/app/shown-domain.ts';
import { DEFAULT_STATE, type ViewState } from '../../core/view-state/view-state.ts';

const DAY = 86_400_000;
const JAN_1 = Date.UTC(2025, 0, 1);

describe('network clicks', () => {
  it('follows and selects an actor, and lets go on a second click', () => {
    const ref = { type: 'actor' as const, id: 'a' };
    expect(networkClick(DEFAULT_STATE, ref)).toEqual({ actor: 'a', selected: ref });
    expect(networkClick({ ...DEFAULT_STATE, actor: 'a', selected: ref }, ref)).toEqual({ actor: null, selected: null });
  });

  it('toggles a relationship without touching the followed actor', () => {
    const ref = { type: 'relationship' as const, id: 'r' };
    const following: ViewState = { ...DEFAULT_STATE, actor: 'a' };
    expect(networkClick(following, ref)).toEqual({ selected: ref });
    expect(networkClick({ ...following, selected: ref }, ref)).toEqual({ selected: null });
  });

  it('background keeps a selected event but drops the network focus', () => {
    const event = { type: 'event' as const, id: 'e' };
    expect(networkBackgroundClick(DEFAULT_STATE)).toBeNull();
    expect(networkBackgroundClick({ ...DEFAULT_STATE, selected: event })).toBeNull();
    expect(networkBackgroundClick({ ...DEFAULT_STATE, actor: 'a', selected: event })).toEqual({
      actor: null,
      selected: event,
    });
    expect(networkBackgroundClick({ ...DEFAULT_STATE, selected: { type: 'actor', id: 'a' } })).toEqual({
      actor: null,
      selected: null,
    });
  });
});

describe('shown domain', () => {
  const extent: [number, number] = [JAN_1, JAN_1 + 30 * DAY];

  it('is the data extent with no window, and the window (to inclusive) with one', () => {
    expect(shownDomain(DEFAULT_STATE, extent)).toEqual(extent);
    expect(shownDomain({ ...DEFAULT_STATE, from: '2025-01-05', to: '2025-01-06' }, extent)).toEqual([
      JAN_1 + 4 * DAY,
      JAN_1 + 6 * DAY,
    ]);
  });

  it('fills a missing end from the data, and zooms out to a window beyond the data', () => {
    expect(shownDomain({ ...DEFAULT_STATE, from: '2025-01-05' }, extent)).toEqual([JAN_1 + 4 * DAY, extent[1]]);
    const wide = { ...DEFAULT_STATE, from: '2024-12-01', to: '2025-01-10' };
    expect(zoomExtent(wide, extent)).toEqual([Date.UTC(2024, 11, 1), extent[1]]);
  });
});
