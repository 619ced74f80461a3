// The windowed timeline's fetching, against a fake API: a small corpus is left to the whole load, a large one is
// drawn from counts until a window holds few enough items, only that window's items are fetched, and a frame that
// leaves a window still loading aborts its request.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DensityArgs, TimelineWindowArgs } from '../../client/src/api/graphql-client.ts';
import { KINDS_DENSITY, PROBE_DENSITY } from '../../client/src/api/start-requests.ts';
import { windowedTimeline } from '../../client/src/app/windowed-timeline.ts';
import type { ApiDensity, WindowDensity } from '../../core/timeline/density-answer.ts';
import { DAY_MS, dayStartMs, isoDayOf } from '../../core/timeline/date-extent.ts';
import { DEFAULT_STATE, type ViewState } from '../../core/view-state/view-state.ts';

/** A corpus of `perDay` items a day from 2020-01-01 for `days` days, answered as the server would count it. */
function fakeApi(perDay: number, days: number) {
  const first = dayStartMs('2020-01-01');
  const last = first + days * DAY_MS;
  const calls: Array<{ kind: 'density'; args: DensityArgs } | { kind: 'page'; window: TimelineWindowArgs }> = [];
  const signals: AbortSignal[] = [];
  let hold: Promise<void> | null = null;
  const itemsIn = (from: string, to: string) => {
    const a = Math.max(first, dayStartMs(from));
    const b = Math.min(last, dayStartMs(to) + DAY_MS);
    return Math.max(0, Math.round((b - a) / DAY_MS)) * perDay;
  };
  const api = {
    async density(args: DensityArgs, signal?: AbortSignal): Promise<ApiDensity> {
      calls.push({ kind: 'density', args });
      if (signal) signals.push(signal);
      if (hold) await hold;
      signal?.throwIfAborted();
      const start = dayStartMs(args.from);
      const span = dayStartMs(args.to) + DAY_MS - start;
      const width = Math.max(DAY_MS, Math.ceil(span / DAY_MS / args.buckets) * DAY_MS);
      const buckets: ApiDensity['buckets'] = [];
      const counts: number[] = [];
      for (let s = start; s < start + span; s += width) {
        const e = Math.min(start + span, s + width) - DAY_MS;
        buckets.push({ start: isoDayOf(s), end: isoDayOf(e) });
        counts.push(itemsIn(isoDayOf(s), isoDayOf(e)));
      }
      const total = counts.reduce((x, y) => x + y, 0);
      return { buckets, counts, lanes: [{ key: 'k', label: 'K', counts }], total };
    },
    async timelinePage(
      window: TimelineWindowArgs,
      page: { first: number; after: string | null },
      signal?: AbortSignal,
    ) {
      calls.push({ kind: 'page', window });
      if (signal) signals.push(signal);
      signal?.throwIfAborted();
      const n = itemsIn(window.from!, window.to!);
      const offset = Number(page.after ?? 0);
      const count = Math.min(page.first, n - offset);
      const items = Array.from({ length: count }, (_, i) => ({
        __typename: 'Event' as const,
        id: `e${window.from}-${offset + i}`,
        title: 't',
        kind: 'meeting',
        date: {
          edtf: window.from!,
          earliest: window.from!,
          latest: window.from!,
          precision: 'DAY' as const,
          label: '',
        },
        participants: [],
      }));
      const end = offset + count;
      return { items, endCursor: String(end), hasNextPage: end < n, totalCount: n };
    },
  };
  return {
    api: api as never,
    calls,
    signals,
    holdNext: (p: Promise<void>) => (hold = p),
    release: () => (hold = null),
  };
}

function controller(fake: ReturnType<typeof fakeApi>, initial: Partial<ViewState> = {}) {
  let state: ViewState = { ...DEFAULT_STATE, ...initial };
  const shown: { timeline: WindowDensity | null; overview: WindowDensity | null } = { timeline: null, overview: null };
  let entries = 0;
  const w = windowedTimeline({
    api: fake.api,
    state: () => state,
    width: () => 1000,
    timeline: { density: (d) => (shown.timeline = d) },
    overview: { density: (d) => (shown.overview = d) },
    accept: (part) => (entries = part.entries.length),
    render: () => {},
    setBusy: () => {},
    showStatus: (e) => {
      throw e;
    },
  });
  return {
    w,
    shown,
    entries: () => entries,
    async set(patch: Partial<ViewState>) {
      const previous = state;
      state = { ...state, ...patch };
      await w.stateChanged(previous, state);
    },
  };
}

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
});
afterEach(() => vi.unstubAllGlobals());

describe('the windowed timeline', () => {
  it('leaves a corpus of at most 3,000 items to the whole load', async () => {
    const fake = fakeApi(1, 3000);
    const c = controller(fake);
    expect(await c.w.probe()).toBe(false);
    expect(c.w.active()).toBe(false);
    expect(fake.calls.filter((x) => x.kind === 'page')).toEqual([]);
  });

  it('asks first, together, for the two requests index.html preloads', async () => {
    const fake = fakeApi(20, 3650);
    const c = controller(fake);
    let release!: () => void;
    fake.holdNext(new Promise<void>((r) => (release = r)));
    const probing = c.w.probe();
    await Promise.resolve();
    // Both are out before either is answered (a preload answers them at once, a server one after the other).
    expect(fake.calls).toEqual([
      { kind: 'density', args: KINDS_DENSITY },
      { kind: 'density', args: PROBE_DENSITY },
    ]);
    fake.release();
    release();
    expect(await probing).toBe(true);
  });

  it('draws a large corpus from counts, then fetches only a small window’s items', async () => {
    const fake = fakeApi(20, 3650);
    const c = controller(fake);
    expect(await c.w.probe()).toBe(true);
    expect(c.w.total()).toBe(73_000);
    expect(c.shown.timeline).not.toBeNull();
    expect(c.shown.overview).not.toBeNull();
    expect(fake.calls.filter((x) => x.kind === 'page')).toEqual([]);

    // A month: 600 items, 1,200 with its margins, so the margins come too.
    await c.set({ from: '2023-03-01', to: '2023-03-30' });
    const pages = fake.calls.flatMap((x) => (x.kind === 'page' ? [x.window] : []));
    expect(new Set(pages.map((p) => `${p.from}/${p.to}`))).toEqual(new Set(['2023-02-14/2023-04-14']));
    expect(c.entries()).toBe(1200);
    expect(c.shown.timeline).toBeNull();

    // Panning inside what is in asks for nothing.
    const before = fake.calls.length;
    await c.set({ from: '2023-03-10', to: '2023-04-08' });
    expect(fake.calls.length).toBe(before);
  });

  it('aborts the request for a window a frame has left', async () => {
    const fake = fakeApi(20, 3650);
    const c = controller(fake);
    await c.w.probe();
    let release!: () => void;
    fake.holdNext(new Promise<void>((r) => (release = r)));
    const settling = c.set({ from: '2021-05-01', to: '2021-05-30' });
    await Promise.resolve();
    const signal = fake.signals.at(-1)!;
    expect(signal.aborted).toBe(false);
    c.w.frame([dayStartMs('2024-01-01'), dayStartMs('2024-02-01')]);
    expect(signal.aborted).toBe(true);
    fake.release();
    release();
    await settling;
    expect(fake.calls.filter((x) => x.kind === 'page')).toEqual([]);
  });
});
