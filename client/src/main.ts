// Wires it together: reads the view state from the URL, loads data through the API module, draws the
// views, and turns their events into state changes (which go back into the URL). On /embed it draws only
// the view the URL names, sized to its frame, with a credit line and a link to the full app.
import { foldableFilters, revealPanel } from './ui/reveal-panel.ts';
import { select } from 'd3-selection';
import './styles.css';
import './dark.css';
import './print.css';
import './ui/disputes.css';
import { ApiError, createGraphQLClient } from './api/graphql-client.ts';
import {
  networkData,
  NO_NETWORK,
  timelineCollector,
  type Loaded,
  type NetworkData,
  type TimelineData,
} from './app/load-data.ts';
import { detailPanel, type DetailPanelData } from './detail/detail-panel.ts';
import { embedDialog } from './embed/embed-dialog.ts';
import { pictureFileName, viewHeading, viewSummary } from './embed/view-caption.ts';
import {
  appRoot,
  embedUrl,
  exportLinks,
  fullViewUrl,
  iframeSnippet,
  isEmbedPath,
  readEmbedView,
  screenOnlyFilters,
  type EmbedView,
} from './embed/view-links.ts';
import { downloadPng, downloadSvg, viewPicture } from './export/download-view.ts';
import { renderNetworkLegend, renderTimelineLegend } from './legend/legends.ts';
import { listView } from './list/list-view.ts';
import { filterEntries, neighbourhood, networkSubset } from './model/filter-entries.ts';
import { entriesReported, networkReported, sourceKey, type SourceSubset } from './model/source-subset.ts';
import { layoutNetworkAsync } from './network/layout-network-async.ts';
import { DEFAULT_SEED, type NetworkLayout } from './network/network-layout.ts';
import { networkView, type NetworkViewData } from './network/network-view.ts';
import { pathController } from './app/path-controller.ts';
import { yieldToMain } from './ui/yield-to-main.ts';
import type { ApiSource } from '../../core/api/api-types.ts';
import { parseViewState, serializeViewState } from '../../core/view-state/url-state.ts';
import { DEFAULT_STATE, type SelectionRef, type ViewState } from '../../core/view-state/view-state.ts';
import { DAY_MS, dayStartMs, domainToWindow, isoDayOf } from '../../core/timeline/date-extent.ts';
import { overviewView } from './timeline/overview-view.ts';
import type { TimelineEntry } from '../../core/timeline/timeline-entry.ts';
import { TIMELINE_METRICS } from '../../core/timeline/timeline-metrics.ts';
import { timelineView } from './timeline/timeline-view.ts';
import { creditLine } from './ui/credit.ts';
import { filterBar, type FilterBarData } from './ui/filter-bar.ts';
import { sourceFilter, type SourceFilterData } from './ui/source-filter.ts';
import { createTooltip } from './ui/tooltip.ts';

type Domain = [number, number];

function element<T extends HTMLElement = HTMLElement>(selector: string): T {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`missing ${selector} in index.html`);
  return el;
}

const hosts = {
  filters: element('#filters'),
  timelineView: element('[data-view="timeline"]'),
  timelineChart: element('#timeline-chart'),
  overview: element('#timeline-overview'),
  timelineLegend: element('#timeline-legend'),
  listView: element('[data-view="list"]'),
  list: element('#item-list'),
  networkChart: element('#network-chart'),
  networkLegend: element('#network-legend'),
  detail: element('#detail'),
  status: element('#status'),
  openFull: element<HTMLAnchorElement>('.embed-footer .open-full'),
};
const detailAside = element('aside.detail-panel');
foldableFilters(element<HTMLButtonElement>('.filters-toggle'), hosts.filters);

const params = new URLSearchParams(location.search);
/** The one view the embed page shows; null in the full app. */
const embedView: EmbedView | null = isEmbedPath(location.pathname) ? readEmbedView(params) : null;
const showsTimeline = embedView !== 'network';
const showsNetwork = embedView !== 'timeline';
const root = appRoot(location.pathname);

const api = createGraphQLClient();
const tooltip = createTooltip();
let state: ViewState = { ...parseViewState(params), ...(embedView ? { show: 'chart' as const } : {}) };
let data: Loaded | null = null;
/** The parts `data` is made of, which arrive separately: the timeline page by page, the network, the sources. */
let timelinePart: TimelineData | null = null;
let networkPart: NetworkData | null = null;
let sources: ApiSource[] = [];
let windowEdges: Set<string> | null = null;
/** What the chosen sources report (the Sources filter); null: every source. */
let sourceSubset: SourceSubset | null = null;
let sourceRequest = 0;
let networkSources: Promise<Map<string, string[]>> | null = null;
let windowRequest = 0;
let networkLayout: NetworkLayout | null = null;
let detailData: DetailPanelData = { status: 'empty' };
let detailKey = '';
const detailCache = new Map<string, DetailPanelData>();
let busy = 0;

const timeline = timelineView()
  .tooltip(tooltip)
  .wheelNeedsModifier(embedView !== null)
  .on('select', (id) => selectEntry(id))
  .on('zoom', (domain, final) => {
    if (!final) {
      // Every wheel event lands here; the strip's brush follows on the next animation frame, with the chart's.
      overview.window(domain);
      inNextFrame(drawOverview);
      postponeWindowRefresh();
      return;
    }
    const full = data && domain[0] <= data.extent[0] + DAY_MS / 2 && domain[1] >= data.extent[1] - DAY_MS / 2;
    setState(full ? { from: null, to: null } : domainToWindow(domain));
  });
const overview = overviewView().on('brush', (window, final) => {
  if (!final && window) {
    timeline.domain(window);
    inNextFrame(drawTimeline);
    return;
  }
  setState(window ? { from: isoDayOf(window[0]), to: isoDayOf(window[1] - DAY_MS) } : { from: null, to: null });
});
const list = listView().on('select', (id) => selectEntry(id));
const network = networkView()
  .progressive(true)
  .tooltip(tooltip)
  .wheelNeedsModifier(embedView !== null)
  .on('select', (ref) => {
    if (ref.type === 'actor') {
      setState(state.actor === ref.id ? { actor: null, selected: null } : { actor: ref.id, selected: ref });
    } else {
      setState({ selected: sameRef(state.selected, ref) ? null : ref });
    }
    if (state.selected && !embedView) revealPanel(detailAside);
  })
  .on('background', () => {
    if (state.actor || state.selected?.type === 'actor' || state.selected?.type === 'relationship') {
      setState({
        actor: null,
        selected: state.selected?.type === 'actor' || state.selected?.type === 'relationship' ? null : state.selected,
      });
    }
  });
const paths = pathController(api, element('#network-paths'), () => render());
const panel = detailPanel()
  .lookup({ entry: (id) => data?.entryById.get(id), actor: (id) => data?.actorById.get(id) })
  .on('select', (ref) => setState({ selected: ref }))
  .on('close', () => setState({ selected: null }));
const filters = filterBar()
  .on('change', (patch) => setState(patch))
  .on('reset', () => setState({ ...DEFAULT_STATE }))
  .on('copy', () => void copyLink());
const sourcesFilter = sourceFilter().on('change', (sourceIds) => setState({ sources: sourceIds }));
const dialog = embedDialog().on('download', (view, format) => void download(view, format));

/** Runs each drawing at most once per animation frame, however many events asked for it. */
const frameQueue = new Set<() => void>();
function inNextFrame(draw: () => void): void {
  if (frameQueue.size === 0)
    requestAnimationFrame(() => {
      const draws = [...frameQueue];
      frameQueue.clear();
      for (const d of draws) d();
    });
  frameQueue.add(draw);
}

function sameRef(a: SelectionRef | null, b: SelectionRef | null): boolean {
  return a?.type === b?.type && a?.id === b?.id;
}

function selectEntry(id: string): void {
  const entry = data?.entryById.get(id);
  if (!entry) return;
  const ref: SelectionRef = { type: entry.type, id };
  setState({ selected: sameRef(state.selected, ref) ? null : ref });
  if (state.selected && !embedView) revealPanel(detailAside);
}

function setBusy(delta: number): void {
  busy += delta;
  if (busy > 0) document.body.dataset.busy = 'true';
  else delete document.body.dataset.busy;
}

function setState(patch: Partial<ViewState>): void {
  const previous = state;
  state = { ...state, ...patch };
  if (state.from && state.to && state.from > state.to) state = { ...state, to: state.from };
  const embedParam: Array<[string, string]> = embedView ? [['view', embedView]] : [];
  const query = new URLSearchParams([...embedParam, ...serializeViewState(state)]).toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  if (previous.from !== state.from || previous.to !== state.to) scheduleWindowRefresh();
  if (sourceKey(previous.sources) !== sourceKey(state.sources)) void refreshSources();
  // The embed page has no evidence panel: a selection only marks the item and travels in the link out.
  if (!sameRef(previous.selected, state.selected) && !embedView) void loadDetail();
  render();
}

/** The visible window: the URL's, with missing ends taken from the data. */
function shownDomain(): Domain {
  const extent = data?.extent ?? [0, DAY_MS];
  if (!state.from && !state.to) return extent;
  const from = state.from ? dayStartMs(state.from) : extent[0];
  const to = state.to ? dayStartMs(state.to) + DAY_MS : extent[1];
  return to > from ? [from, to] : extent;
}

function zoomExtent(): Domain {
  const shown = shownDomain();
  const extent = data?.extent ?? shown;
  return [Math.min(shown[0], extent[0]), Math.max(shown[1], extent[1])];
}

/**
 * The network's window is fetched once a zoom or brush has settled, not on every gesture that passes
 * through; the wait counts as busy, so "idle" still means the network shows the window.
 */
let windowTimer = 0;
const WINDOW_SETTLE_MS = 300;
function scheduleWindowRefresh(): void {
  if (windowTimer) clearTimeout(windowTimer);
  else setBusy(1);
  windowTimer = window.setTimeout(() => {
    windowTimer = 0;
    void refreshWindow().finally(() => setBusy(-1));
  }, WINDOW_SETTLE_MS);
}

/** A zoom still moving (a new gesture after a pause) puts off the pending re-fetch: the window is not settled. */
function postponeWindowRefresh(): void {
  if (windowTimer) scheduleWindowRefresh();
}

async function refreshWindow(): Promise<void> {
  const request = ++windowRequest;
  // The window's relationships only matter to the network.
  if (!showsNetwork) return;
  if (!state.from && !state.to) {
    windowEdges = null;
    render();
    return;
  }
  setBusy(1);
  try {
    const { edgeIds } = await api.networkWindow(state.from, state.to);
    // The same relationships as before (a zoom within one period) keep the set, so the network is not redrawn.
    if (request === windowRequest && !sameIds(windowEdges, edgeIds)) windowEdges = new Set(edgeIds);
  } catch (e) {
    showStatus(e);
  } finally {
    setBusy(-1);
    render();
  }
}

/** Asks the API what the chosen sources report; the views narrow to it once it is in. */
async function refreshSources(): Promise<void> {
  const request = ++sourceRequest;
  const chosen = state.sources;
  if (chosen.length === 0) {
    sourceSubset = null;
    render();
    return;
  }
  setBusy(1);
  try {
    networkSources ??= api.networkSources();
    const [items, reportedBy] = await Promise.all([api.sourceItemIds(chosen), networkSources]);
    const reported = new Set(
      [...reportedBy].filter(([, ids]) => ids.some((id) => chosen.includes(id))).map(([id]) => id),
    );
    if (request === sourceRequest) sourceSubset = { key: sourceKey(chosen), items: new Set(items), reported };
  } catch (e) {
    networkSources = null;
    showStatus(e);
  } finally {
    setBusy(-1);
    render();
  }
}

async function loadDetail(): Promise<void> {
  const ref = state.selected;
  const key = ref ? `${ref.type}:${ref.id}` : '';
  detailKey = key;
  if (!ref) {
    detailData = { status: 'empty' };
    render();
    return;
  }
  const cached = detailCache.get(key);
  if (cached) {
    detailData = cached;
    render();
    return;
  }
  detailData = { status: 'loading' };
  render();
  setBusy(1);
  try {
    const detail = await api.detail(ref);
    const result: DetailPanelData = detail
      ? { status: 'ready', detail }
      : { status: 'error', message: 'That item is not in the graph any more.' };
    detailCache.set(key, result);
    if (detailKey === key) detailData = result;
  } catch (e) {
    if (detailKey === key)
      detailData = {
        status: 'error',
        message: e instanceof ApiError ? e.message : 'The evidence could not be loaded.',
      };
  } finally {
    setBusy(-1);
    render();
  }
}

function sameIds(a: ReadonlySet<string> | null, b: readonly string[]): boolean {
  return a !== null && a.size === b.length && b.every((id) => a.has(id));
}

async function relayoutNetwork(): Promise<void> {
  if (!data || !networkPart || !showsNetwork) return;
  const width = Math.max(280, Math.floor(hosts.networkChart.clientWidth));
  // Embedded, the network fills its frame; in the app its height follows its width.
  const height = embedView
    ? Math.max(200, Math.floor(hosts.networkChart.clientHeight))
    : Math.round(Math.min(560, Math.max(380, width * 0.62)));
  if (networkLayout && networkLayout.width === width && networkLayout.height === height) return;
  setBusy(1);
  const nodes = data.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind }));
  const edges = data.edges.map((e) => ({ id: e.id, type: e.type, source: e.source.id, target: e.target.id }));
  performance.mark('kg:network-layout-start');
  try {
    try {
      networkLayout = await layoutNetworkAsync(nodes, edges, { width, height, seed: DEFAULT_SEED });
      // Drawn in a task of its own: the worker's result is unpacked in the task that received it.
      await yieldToMain();
    } finally {
      render();
    }
    // A new layout is drawn a layer per task; idle (and the bench's mark) once all of it is in.
    await network.drawn();
  } finally {
    setBusy(-1);
  }
  // For the bench: the layout's result has been drawn.
  requestAnimationFrame(() => performance.mark('kg:network-layout-end'));
}

/**
 * The entries the chart and strip work from (every filter but the window), kept as one array until the data
 * or a filter changes: the views index what they are given once per array, not once per frame.
 */
let base: { entries: TimelineEntry[]; key: string; filtered: TimelineEntry[] } | null = null;
function baseEntries(d: Loaded): TimelineEntry[] {
  const key = JSON.stringify([state.text, state.actorKinds, state.eventKinds, state.actor, sourceSubset?.key]);
  if (base?.entries !== d.entries || base.key !== key)
    base = {
      entries: d.entries,
      key,
      filtered: entriesReported(filterEntries(d.entries, { ...state, from: null, to: null }), sourceSubset),
    };
  return base.filtered;
}

function drawTimeline(): void {
  if (!data) return;
  select(hosts.timelineChart).datum(baseEntries(data)).call(timeline);
}

function drawOverview(): void {
  if (!data) return;
  select(hosts.overview).datum(baseEntries(data)).call(overview);
}

let overviewDue = false;
/** Draws the strip in the next task, once however often it is asked for meanwhile. */
function drawOverviewSoon(): void {
  if (overviewDue) return;
  overviewDue = true;
  void yieldToMain().then(() => {
    overviewDue = false;
    drawOverview();
  });
}

/** What the network was last drawn from: unchanged, a render leaves it alone (redrawing it is not cheap). */
let networkDrawn: readonly unknown[] = [];

/** `overviewLater`: the strip is drawn in a task of its own (while pages come in: with the chart, one task ran long). */
function render(options: { overviewLater?: boolean } = {}): void {
  if (!data) return;
  const d = data;
  const selectedEntry =
    state.selected && (state.selected.type === 'event' || state.selected.type === 'statement')
      ? d.entryById.get(state.selected.id)
      : undefined;
  const shown = shownDomain();
  const width = Math.max(280, Math.floor(hosts.timelineChart.clientWidth));
  const windowed = Boolean(state.from || state.to);

  timeline
    .width(width)
    .laneBy(state.laneBy)
    .extent(zoomExtent())
    .domain(shown)
    .selectedId(selectedEntry?.id ?? null)
    .colours(d.colours);
  overview
    .width(width)
    .extent(zoomExtent())
    .window(windowed ? shown : null);
  hosts.timelineView.hidden = state.show !== 'chart';
  hosts.listView.hidden = state.show !== 'list';
  if (!showsTimeline) {
    // The embed page for the network draws nothing else.
  } else if (state.show === 'chart') {
    drawTimeline();
    if (options.overviewLater) drawOverviewSoon();
    else drawOverview();
  } else {
    const inWindow = entriesReported(filterEntries(d.entries, state), sourceSubset);
    list.selectedId(selectedEntry?.id ?? null).colours(d.colours);
    select(hosts.list).datum(inWindow).call(list);
  }
  document
    .querySelectorAll<HTMLButtonElement>('[data-set-lanes]')
    .forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.setLanes === state.laneBy)));
  document
    .querySelectorAll<HTMLButtonElement>('[data-set-show]')
    .forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.setShow === state.show)));
  document.querySelectorAll<HTMLButtonElement>('[data-set-depth]').forEach((b) => {
    b.setAttribute('aria-pressed', String(Number(b.dataset.setDepth) === state.depth));
    // The depth counts hops from the followed actor; with no actor followed it has nothing to widen.
    b.disabled = !state.actor;
    b.title = state.actor ? '' : 'Click an actor in the network first';
  });
  // A picture is made from the chart on screen, so the list has none to offer.
  document.querySelectorAll<HTMLButtonElement>('[data-download="timeline"]').forEach((b) => {
    b.disabled = state.show !== 'chart';
    b.title = b.disabled ? 'Show the chart to download it as a picture' : '';
  });
  if (embedView) hosts.openFull.href = fullViewUrl(location.origin, root, state);

  const networkInputs = [
    networkLayout,
    windowEdges,
    d.edges,
    d.edgeDates,
    state.actorKinds.join(),
    state.actor,
    state.depth,
    selectedEntry,
    state.selected?.type,
    state.selected?.id,
    sourceSubset,
    paths.highlight(),
  ];
  const networkChanged = networkInputs.some((v, i) => v !== networkDrawn[i]);
  if (networkLayout && showsNetwork && networkChanged) {
    networkDrawn = networkInputs;
    const subset = networkReported(networkSubset(d.actors, d.edges, windowEdges, state), d.edges, sourceSubset);
    // Paths being shown take over the highlight from the focused actor's neighbourhood.
    const onPaths = paths.highlight();
    const highlight = onPaths
      ? onPaths.actors
      : state.actor
        ? neighbourhood(state.actor, d.edges, subset.edgeIds, state.depth)
        : selectedEntry
          ? new Set(selectedEntry.actors.map((a) => a.id))
          : null;
    const networkData: NetworkViewData = {
      layout: networkLayout,
      visibleNodes: subset.nodeIds,
      visibleEdges: subset.edgeIds,
      highlight,
      focusId: onPaths ? null : state.actor,
      edgeDates: d.edgeDates,
      disputed: d.disputed,
      pathEdges: onPaths?.edges ?? null,
    };
    network.selectedId(
      state.selected?.type === 'relationship' || state.selected?.type === 'actor' ? state.selected.id : null,
    );
    select(hosts.networkChart).datum(networkData).call(network);
  }
  if (showsNetwork && !embedView) paths.render(d.actors, state.actor);
  if (showsNetwork) hosts.networkChart.dataset.window = windowed ? `${state.from ?? ''}/${state.to ?? ''}` : '';

  const filterData: FilterBarData = {
    state,
    eventKinds: d.kinds,
    colours: d.colours,
    actorName: state.actor ? (d.actorById.get(state.actor)?.name ?? state.actor) : null,
    shownFrom: isoDayOf(shown[0]),
    shownTo: isoDayOf(shown[1] - DAY_MS),
  };
  select(hosts.filters).datum(filterData).call(filters);
  const sourceData: SourceFilterData = { sources: d.sources, chosen: state.sources };
  select(hosts.filters).datum(sourceData).call(sourcesFilter);
  select(hosts.detail).datum(detailData).call(panel);
}

function openEmbedDialog(view: EmbedView): void {
  if (!data) return;
  const src = embedUrl(location.origin, root, view, state);
  const title = viewHeading(view, data.sources);
  dialog.open({
    view,
    src,
    snippet: (height) => iframeSnippet({ src, title, height }),
    links: exportLinks(location.origin, root, state),
    screenOnly: screenOnlyFilters(state),
  });
}

async function download(view: EmbedView, format: 'svg' | 'png'): Promise<void> {
  const chart = document.querySelector<SVGSVGElement>(
    view === 'timeline' ? '#timeline-chart svg.timeline-chart' : '#network-chart svg.network-chart',
  );
  if (!data || !chart || (view === 'timeline' && state.show !== 'chart')) return;
  const fileName = pictureFileName(view, state, format);
  setBusy(1);
  try {
    const picture = viewPicture({
      chart,
      legend: view === 'timeline' ? hosts.timelineLegend : hosts.networkLegend,
      heading: viewHeading(view, data.sources),
      summary: viewSummary(view, state, state.actor ? (data.actorById.get(state.actor)?.name ?? null) : null, [
        ...new Set(data.sources.filter((s) => state.sources.includes(s.id)).map((s) => s.publisher)),
      ]),
      credit: `${creditLine(data.sources)} Made with kg-timeline: each item is backed by the sentence that reports it.`,
      link: fullViewUrl(location.origin, root, state),
    });
    if (format === 'svg') downloadSvg(picture, fileName);
    else await downloadPng(picture, fileName);
    showStatus(`Downloaded ${fileName}.`);
  } catch (e) {
    showStatus(e);
  } finally {
    setBusy(-1);
  }
}

async function copyLink(): Promise<void> {
  try {
    await navigator.clipboard.writeText(location.href);
    showStatus('Link copied: it opens this exact view.');
  } catch {
    showStatus(`Copy this link: ${location.href}`);
  }
}

let statusTimer = 0;
function showStatus(message: unknown): void {
  const text = message instanceof Error ? `Something went wrong: ${message.message}` : String(message);
  hosts.status.textContent = text;
  clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => (hosts.status.textContent = ''), 6000);
}

function wireToggles(): void {
  document.querySelectorAll<HTMLButtonElement>('[data-set-depth]').forEach((b) =>
    b.addEventListener('click', () => {
      const n = Number(b.dataset.setDepth);
      setState({ depth: n === 2 || n === 3 ? n : 1 });
    }),
  );
  document
    .querySelectorAll<HTMLButtonElement>('[data-set-lanes]')
    .forEach((b) =>
      b.addEventListener('click', () => setState({ laneBy: b.dataset.setLanes === 'kind' ? 'kind' : 'actor' })),
    );
  document
    .querySelectorAll<HTMLButtonElement>('[data-set-show]')
    .forEach((b) =>
      b.addEventListener('click', () => setState({ show: b.dataset.setShow === 'list' ? 'list' : 'chart' })),
    );
  document
    .querySelectorAll<HTMLButtonElement>('[data-embed]')
    .forEach((b) =>
      b.addEventListener('click', () => openEmbedDialog(b.dataset.embed === 'network' ? 'network' : 'timeline')),
    );
  document
    .querySelectorAll<HTMLButtonElement>('[data-download]')
    .forEach((b) =>
      b.addEventListener(
        'click',
        () =>
          void download(
            b.dataset.download === 'network' ? 'network' : 'timeline',
            b.dataset.format === 'png' ? 'png' : 'svg',
          ),
      ),
    );
  element('#reset-network').addEventListener('click', () =>
    network.resetZoom(select(hosts.networkChart) as Parameters<typeof network.resetZoom>[0]),
  );
}

function describeSources(d: Loaded): void {
  const credit = creditLine(d.sources);
  document.querySelectorAll('.credit').forEach((el) => (el.textContent = credit));
  renderTimelineLegend(hosts.timelineLegend, d.kinds, d.colours, d.disputedEntries);
  renderNetworkLegend(hosts.networkLegend, [...new Set(d.actors.map((a) => a.kind))].sort());
  if (embedView) document.title = `${viewHeading(embedView, d.sources)} · kg-timeline`;
  const dek = document.querySelector('.dek');
  if (dek)
    dek.textContent = `${d.entries.length} events and statements, ${d.actors.length} actors and ${d.edges.length} relationships, each tied to the sentence that supports it.`;
}

/** While pages are still coming in, the dek says how far the load has got. */
function describeProgress(loaded: number, total: number): void {
  const dek = document.querySelector('.dek');
  if (dek) dek.textContent = `Loading the graph… ${loaded} of ${total} events and statements so far.`;
}

/** `data` from its parts; null until the timeline's first page is in. */
function compose(): void {
  data = timelinePart ? { ...timelinePart, ...(networkPart ?? NO_NETWORK), sources } : null;
}

async function loadNetwork(): Promise<void> {
  networkPart = networkData(await api.network());
  compose();
  render();
  await relayoutNetwork();
}

/**
 * How often the chart is redrawn with the pages that came in meanwhile: each redraw re-indexes all entries,
 * so at 100k it waits several times what the last one took, keeping the page responsive while it loads.
 */
const PROGRESS_MS = 600;
const PROGRESS_COST_FACTOR = 4;

async function start(): Promise<void> {
  if (embedView) document.body.classList.add('embed', `embed-${embedView}`);
  wireToggles();
  setBusy(1);
  const collector = timelineCollector();
  let progressTimer = 0;
  let progressWait = PROGRESS_MS;
  let networkLoad: Promise<void> | null = null;
  const applyTimeline = async (first: boolean) => {
    const t0 = performance.now();
    progressTimer = 0;
    timelinePart = collector.data();
    compose();
    if (!first) {
      // Indexing every entry and drawing them made one task of 50-100 ms at 30k items, blocking input (and the
      // network being drawn beside it); indexed in this task and drawn in the next, each is about half.
      timeline.laneBy(state.laneBy).prepare(baseEntries(data!));
      await yieldToMain();
    }
    renderTimelineLegend(hosts.timelineLegend, timelinePart.kinds, timelinePart.colours, timelinePart.disputedEntries);
    render({ overviewLater: !first });
    progressWait = Math.max(PROGRESS_MS, PROGRESS_COST_FACTOR * (performance.now() - t0));
  };
  const sourcesLoad = api.sources().then((s) => {
    sources = s;
    compose();
  });
  timeline.provisional(true);
  try {
    // The chart is drawn from the first page on, and redrawn as the others arrive: a large timeline needs
    // many pages, and waiting for all of them (and the network) kept the page blank for seconds.
    await api.timeline((items, total) => {
      collector.add(items);
      describeProgress(collector.size, total);
      // A timeline too big to draw item by item at full extent shows counts while it loads, as it will once
      // loaded: the first pages, all at one end of the period, would otherwise be drawn one by one, then dropped.
      timeline.densityThreshold(total > TIMELINE_METRICS.densityThreshold ? 0 : TIMELINE_METRICS.densityThreshold);
      if (!timelinePart) {
        void applyTimeline(true);
        requestAnimationFrame(() => performance.mark('kg:timeline-rendered'));
        // The network's query is the heaviest: sent once the first page is drawn, beside the other pages.
        networkLoad = loadNetwork();
        networkLoad.catch(() => {});
      } else if (!progressTimer) {
        progressTimer = window.setTimeout(() => void applyTimeline(false), progressWait);
      }
    });
    clearTimeout(progressTimer);
    timeline.densityThreshold(TIMELINE_METRICS.densityThreshold).provisional(false);
    await applyTimeline(false);
    requestAnimationFrame(() => performance.mark('kg:timeline-complete'));
    await Promise.all([networkLoad ?? loadNetwork(), sourcesLoad]);
  } catch (e) {
    clearTimeout(progressTimer);
    timeline.provisional(false);
    showStatus(e);
    if (!timelinePart) hosts.timelineChart.textContent = 'The data could not be loaded. Is the server running?';
    setBusy(-1);
    return;
  }
  describeSources(data!);
  render();
  await Promise.all([
    state.from || state.to ? refreshWindow() : Promise.resolve(),
    state.selected && !embedView ? loadDetail() : Promise.resolve(),
    state.sources.length ? refreshSources() : Promise.resolve(),
  ]);
  // A resize pending counts as busy, so "idle" (what tests wait for) means the layout has settled.
  let resizeTimer = 0;
  // Only the width (and an embedded network's frame height) changes a layout; the body also grows and shrinks
  // with the timeline's lanes while zooming, which must not re-render everything.
  const sizeKey = () =>
    `${document.body.clientWidth}x${embedView === 'network' ? hosts.networkChart.clientHeight : ''}`;
  let lastSize = sizeKey();
  new ResizeObserver(() => {
    if (sizeKey() === lastSize) return;
    lastSize = sizeKey();
    if (resizeTimer) clearTimeout(resizeTimer);
    else setBusy(1);
    resizeTimer = window.setTimeout(() => {
      resizeTimer = 0;
      render();
      void relayoutNetwork().finally(() => setBusy(-1));
    }, 120);
  }).observe(document.body);
  document.body.dataset.ready = 'true';
  setBusy(-1);
}

void start();
