// The timeline of a corpus too large to fetch (more than WINDOW_ITEM_LIMIT items in all): the overview and any
// zoomed-out chart are drawn from the server's counts (timelineDensity), and items are fetched for the window in
// view, with a margin each side, once it holds few enough to draw. A request for a window the view has left is
// aborted. Smaller corpora are loaded whole, as before (progressive-timeline.ts): `probe()` decides which.
import type { DensityArgs, GraphQLClient } from '../api/graphql-client.ts';
import { KINDS_DENSITY, PROBE_DENSITY, PROBE_RANGE } from '../api/start-requests.ts';
import { kindColours } from '../../../core/palette/palette.ts';
import { DAY_MS, dataDomain, dayStartMs } from '../../../core/timeline/date-extent.ts';
import { occupiedSpan, windowDensity, type WindowDensity } from '../../../core/timeline/density-answer.ts';
import { TIMELINE_METRICS as M } from '../../../core/timeline/timeline-metrics.ts';
import {
  covers,
  densityBuckets,
  MAX_DENSITY_BUCKETS,
  planWindow,
  prefetchRange,
  rangeToDays,
  WINDOW_ITEM_LIMIT,
} from '../../../core/timeline/window-plan.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';
import { timelineCollector, type TimelineData } from './load-data.ts';
import { shownDomain, type Domain } from './shown-domain.ts';
import { fetchWindowItems, isAbort } from './window-items.ts';

/** A statement's lane key in density (its form) is one kind, 'statement', in the client. */
const STATEMENT_FORMS = new Set(['quote', 'paraphrase']);

export interface WindowedTimelineDeps {
  api: Pick<GraphQLClient, 'density' | 'timelinePage'>;
  state: () => ViewState;
  /** The chart's width, for the bucket count. */
  width: () => number;
  /** The chart and the strip, which draw the server's counts given them (null: draw the entries). */
  timeline: { density(counts: WindowDensity | null): unknown };
  overview: { density(counts: WindowDensity | null): unknown };
  /** Takes the timeline's data: the window's items, and the whole corpus's extent and kinds. */
  accept: (part: TimelineData) => void;
  render: () => void;
  setBusy: (delta: number) => void;
  showStatus: (message: unknown) => void;
}

export function windowedTimeline(deps: WindowedTimelineDeps) {
  const { api, state, width, accept, render, setBusy, showStatus } = deps;
  const showDensity = (counts: WindowDensity | null, overviewCounts: WindowDensity | null) => {
    deps.timeline.density(counts);
    deps.overview.density(overviewCounts);
  };
  let active = false;
  let extent: Domain | null = null;
  let total = 0;
  let kinds: string[] = [];
  let overview: WindowDensity | null = null;
  let density: WindowDensity | null = null;
  let items: { range: Domain; key: string; data: TimelineData } | null = null;
  /** The request in flight, and the range it is for: a view that leaves the range cancels it. */
  let pending: { controller: AbortController; range: Domain } | null = null;
  let complete = false;
  let rendered = false;

  const actorIds = () => (state().actor ? [state().actor!] : null);
  const itemKey = () => state().actor ?? '';
  const laneBy = (): DensityArgs['laneBy'] => (state().laneBy === 'kind' ? 'KIND' : 'ACTOR');
  const itemsCover = (domain: Domain) => items !== null && items.key === itemKey() && covers(items.range, domain);

  function part(): TimelineData {
    const base = items?.data ?? timelineCollector().data();
    const all = [...new Set([...kinds, ...base.kinds])];
    const eventKinds = all.filter((k) => k !== 'statement').sort();
    return {
      ...base,
      kinds: all.includes('statement') ? [...eventKinds, 'statement'] : eventKinds,
      colours: kindColours(all),
      extent: extent!,
    };
  }

  function show(): void {
    const visible = shownDomain(state(), extent);
    showDensity(itemsCover(visible) ? null : density, overview);
  }

  function markComplete(): void {
    if (complete) return;
    complete = true;
    // "Complete": the visible window is drawn from what it will be drawn from (its items, or the counts).
    requestAnimationFrame(() => performance.mark('kg:timeline-complete'));
  }

  /** The strip's counts over the whole extent (for the focused actor, if any). */
  async function loadOverview(): Promise<void> {
    const days = rangeToDays(extent!);
    const whole = await api.density({
      from: days.from,
      to: days.to,
      buckets: MAX_DENSITY_BUCKETS,
      laneBy: 'KIND',
      lanes: 1,
      actorIds: actorIds(),
    });
    overview = windowDensity(whole, days.covered);
  }

  /** Every kind in the corpus, for the legend and the filter bar: one bucket, a lane per kind. */
  async function loadKinds(): Promise<void> {
    const answer = await api.density(KINDS_DENSITY);
    kinds = [...new Set(answer.lanes.map((l) => (STATEMENT_FORMS.has(l.key) ? 'statement' : l.key)))];
  }

  /** The chart's counts for `range`, a bucket about a bin wide where `visible` is. */
  async function loadDensity(range: Domain, visible: Domain, signal?: AbortSignal): Promise<WindowDensity> {
    const days = rangeToDays(range);
    const buckets = densityBuckets(days.covered, visible, width() - M.marginLeft - M.marginRight);
    const answer = await api.density(
      { from: days.from, to: days.to, buckets, laneBy: laneBy(), lanes: M.maxLanes, actorIds: actorIds() },
      signal,
    );
    return windowDensity(answer, days.covered);
  }

  function drawCounts(): void {
    show();
    render();
    if (!rendered) requestAnimationFrame(() => performance.mark('kg:timeline-rendered'));
    rendered = true;
  }

  /** Fetches what the visible window is drawn from: counts for it and its margins, then its items if few enough. */
  async function settle(): Promise<void> {
    if (!active) return;
    const visible = shownDomain(state(), extent);
    if (itemsCover(visible)) {
      show();
      render();
      markComplete();
      return;
    }
    pending?.controller.abort();
    const range = rangeToDays(prefetchRange(visible, extent!)).covered;
    const controller = new AbortController();
    pending = { controller, range };
    const { signal } = controller;
    setBusy(1);
    try {
      density = await loadDensity(range, visible, signal);
      drawCounts();
      const plan = planWindow(density, visible);
      if (plan.kind === 'items') {
        const key = itemKey();
        const window = rangeToDays(plan.range);
        const fetched = await fetchWindowItems(api, { from: window.from, to: window.to, actorIds: actorIds() }, signal);
        const collector = timelineCollector();
        collector.add(fetched);
        items = { range: window.covered, key, data: collector.data() };
        accept(part());
        show();
        render();
      }
      markComplete();
    } catch (e) {
      if (!isAbort(e)) showStatus(e);
    } finally {
      if (pending?.controller === controller) pending = null;
      setBusy(-1);
    }
  }

  return {
    /**
     * Asks the server how many items there are and where; true when too many to load whole, after which this
     * module loads the timeline (the overview's counts and the visible window) and `accept` has its first part.
     */
    async probe(): Promise<boolean> {
      // Both fixed, both preloaded by index.html: asked together, answered from the preloads.
      const kindsLoad = loadKinds();
      kindsLoad.catch(() => {});
      const probe = await api.density(PROBE_DENSITY);
      if (probe.total <= WINDOW_ITEM_LIMIT) return false;
      active = true;
      total = probe.total;
      const span = occupiedSpan(
        windowDensity(probe, [dayStartMs(PROBE_RANGE.from), dayStartMs(PROBE_RANGE.to) + DAY_MS]),
      )!;
      extent = dataDomain([{ start: span[0], end: span[1] }]);
      // Opened on the whole range, the chart's counts are asked for with the strip's (over the probe's extent, a
      // little wider than the data's): one round trip fewer before anything is drawn.
      const whole = !state().from && !state().to;
      const coarse = extent!;
      const [, , startDensity] = await Promise.all([
        loadOverview(),
        kindsLoad,
        whole ? loadDensity(coarse, coarse) : null,
      ]);
      // The probe's buckets are two years wide; the overview's place the items to a few days.
      const fine = occupiedSpan(overview!);
      if (fine) extent = dataDomain([{ start: fine[0], end: fine[1] }]);
      accept(part());
      if (startDensity && planWindow(startDensity, extent!).kind === 'density') {
        density = startDensity;
        drawCounts();
        markComplete();
      } else await settle();
      return true;
    },
    active: () => active,
    /** Whether the items of this window are in (else it is drawn from counts, and listed page by page). */
    itemsCover,
    /** Every item in the corpus (unfiltered), for the page's description. */
    total: () => total,
    /** A zoom or brush frame: draw from what is in, and drop a request for a window the view has left. */
    frame(domain: Domain): void {
      if (!active) return;
      showDensity(itemsCover(domain) ? null : density, overview);
      if (pending && !covers(pending.range, domain)) {
        pending.controller.abort();
        pending = null;
      }
    },
    /** The window, lanes or actor changed (the URL state): fetch what the new view needs. */
    async stateChanged(previous: ViewState, next: ViewState): Promise<void> {
      if (!active) return;
      if (previous.actor !== next.actor) {
        items = null;
        await loadOverview().catch(showStatus);
      }
      if (previous.actor !== next.actor || previous.laneBy !== next.laneBy) density = null;
      if (
        previous.from !== next.from ||
        previous.to !== next.to ||
        previous.actor !== next.actor ||
        previous.laneBy !== next.laneBy
      )
        await settle();
    },
  };
}
