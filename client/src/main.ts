// Wires it together (the pieces live in ./app): reads the view state from the URL, loads data through the API
// module, draws the views, and turns their events into state changes (which go back into the URL). On /embed it
// draws only the view the URL names, sized to its frame, with a credit line and a link to the full app.
import { foldableFilters, revealPanel } from './ui/reveal-panel.ts';
import { select } from 'd3-selection';
import './styles/index.ts';
import './dark.css';
import './print.css';
import './ui/disputes.css';
import { createGraphQLClient } from './api/graphql-client.ts';
import { baseEntries } from './app/base-entries.ts';
import { busyFlag } from './app/busy-flag.ts';
import { describeSources } from './app/describe-data.ts';
import { detailLoader } from './app/detail-loader.ts';
import { appHosts, element } from './app/dom-hosts.ts';
import { frameQueue } from './app/frame-queue.ts';
import { dataParts } from './app/data-parts.ts';
import { networkData, type Loaded } from './app/load-data.ts';
import { networkBackgroundClick, networkClick } from './app/network-clicks.ts';
import { networkDrawing } from './app/network-drawing.ts';
import { loadScopedNetwork, showNetworkScope } from './app/network-scope.ts';
import { inNextTask } from './app/next-task.ts';
import { pathController } from './app/path-controller.ts';
import { sameRef } from './app/same-ref.ts';
import { loadTimeline } from './app/load-timeline.ts';
import { watchResize } from './app/resize-watch.ts';
import { shownDomain, zoomExtent } from './app/shown-domain.ts';
import { sourceFinder } from './app/source-finder.ts';
import { sourceSubsetLoader } from './app/source-subset-loader.ts';
import { statusLine } from './app/status-line.ts';
import { markToggles, wireToggles } from './app/toggle-buttons.ts';
import { viewDownloads } from './app/view-downloads.ts';
import { windowEdges } from './app/window-edges.ts';
import { windowedTimeline } from './app/windowed-timeline.ts';
import { listPanel } from './app/list-panel.ts';
import { filterBarData } from './app/filter-bar-data.ts';
import { detailPanel } from './detail/detail-panel.ts';
import { embedDialog } from './embed/embed-dialog.ts';
import { appRoot, fullViewUrl, isEmbedPath, readEmbedView, type EmbedView } from './embed/view-links.ts';
import { sourceKey } from './model/source-subset.ts';
import { networkView } from './network/network-view.ts';
import { parseViewState, serializeViewState } from '../../core/view-state/url-state.ts';
import { DEFAULT_STATE, type SelectionRef, type ViewState } from '../../core/view-state/view-state.ts';
import { DAY_MS, domainToWindow, isoDayOf } from '../../core/timeline/date-extent.ts';
import { overviewView } from './timeline/overview-view.ts';
import { timelineView } from './timeline/timeline-view.ts';
import { filterBar } from './ui/filter-bar.ts';
import { sourceFilter } from './ui/source-filter.ts';
import { createTooltip } from './ui/tooltip.ts';
import { yieldToMain } from './ui/yield-to-main.ts';

const hosts = appHosts();
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
const parts = dataParts();
const currentData = parts.current;

const setBusy = busyFlag(document.body);
const showStatus = statusLine(hosts.status);
const inNextFrame = frameQueue();
const entriesFor = baseEntries();
const shared = { state: () => state, setBusy, showStatus, render: () => render() };
const windowLinks = windowEdges({ ...shared, api, showsNetwork });
const sourceChoice = sourceSubsetLoader({ ...shared, api });
const sources = sourceFinder({ ...shared, api, setSources: parts.setSources, setState: (patch) => setState(patch) });
const detail = detailLoader({ ...shared, api });

const timeline = timelineView()
  .tooltip(tooltip)
  .wheelNeedsModifier(embedView !== null)
  .on('select', (id) => selectEntry(id))
  .on('zoom', (domain, final) => {
    if (!final) {
      // Every wheel event lands here; the strip's brush follows on the next animation frame, with the chart's.
      windowed.frame(domain);
      overview.window(domain);
      inNextFrame(drawOverview);
      windowLinks.postpone();
      return;
    }
    const extent = currentData()?.extent;
    const full = extent && domain[0] <= extent[0] + DAY_MS / 2 && domain[1] >= extent[1] - DAY_MS / 2;
    setState(full ? { from: null, to: null } : domainToWindow(domain));
  });
const overview = overviewView().on('brush', (window, final) => {
  if (!final && window) {
    windowed.frame(window);
    timeline.domain(window);
    inNextFrame(drawTimeline);
    return;
  }
  setState(window ? { from: isoDayOf(window[0]), to: isoDayOf(window[1] - DAY_MS) } : { from: null, to: null });
});
const chartWidth = () => Math.max(280, Math.floor(hosts.timelineChart.clientWidth));
/** A corpus too large to load whole is drawn from counts, and fetched by window (docs/density.md). */
const windowed = windowedTimeline({ ...shared, api, width: chartWidth, timeline, overview, accept: parts.setTimeline });
const list = listPanel({ ...shared, api, host: hosts.list, windowed, sourceSubset: sourceChoice.subset, selectEntry });
const network = networkView()
  .progressive(true)
  .tooltip(tooltip)
  .wheelNeedsModifier(embedView !== null)
  .on('select', (ref) => {
    setState(networkClick(state, ref));
    if (state.selected && !embedView) revealPanel(detailAside);
  })
  .on('background', () => {
    const patch = networkBackgroundClick(state);
    if (patch) setState(patch);
  });
const paths = pathController(api, element('#network-paths'), () => render());
const networkPanel = networkDrawing({
  ...shared,
  host: hosts.networkChart,
  network,
  paths,
  embedView,
  showsNetwork,
  data: currentData,
  networkLoaded: parts.hasNetwork,
  windowEdges: windowLinks.edges,
  sourceSubset: sourceChoice.subset,
});
const panel = detailPanel()
  .lookup({ entry: (id) => currentData()?.entryById.get(id), actor: (id) => currentData()?.actorById.get(id) })
  .on('select', (ref) => setState({ selected: ref }))
  .on('close', () => setState({ selected: null }));
const downloads = viewDownloads({ ...shared, hosts, root, data: currentData, timeline, dialog: () => dialog });
const filters = filterBar()
  .on('change', (patch) => setState(patch))
  .on('reset', () => setState({ ...DEFAULT_STATE }))
  .on('copy', () => void downloads.copyLink());
const sourcesFilter = sourceFilter()
  .on('change', (sourceIds) => setState({ sources: sourceIds }))
  .on('search', sources.search)
  .on('pick', sources.pick);
const dialog = embedDialog().on('download', (view, format) => void downloads.download(view, format));

function selectEntry(id: string): void {
  const entry = currentData()?.entryById.get(id) ?? list.entry(id);
  if (!entry) return;
  const ref: SelectionRef = { type: entry.type, id };
  setState({ selected: sameRef(state.selected, ref) ? null : ref });
  if (state.selected && !embedView) revealPanel(detailAside);
}

function setState(patch: Partial<ViewState>): void {
  const previous = state;
  state = { ...state, ...patch };
  if (state.from && state.to && state.from > state.to) state = { ...state, to: state.from };
  const embedParam: Array<[string, string]> = embedView ? [['view', embedView]] : [];
  const query = new URLSearchParams([...embedParam, ...serializeViewState(state)]).toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  if (previous.from !== state.from || previous.to !== state.to) windowLinks.schedule();
  void windowed.stateChanged(previous, state);
  if (sourceKey(previous.sources) !== sourceKey(state.sources)) void sourceChoice.refresh();
  // The embed page has no evidence panel: a selection only marks the item and travels in the link out.
  if (!sameRef(previous.selected, state.selected) && !embedView) void detail.load();
  render();
}

function chartEntries(d: Loaded) {
  return entriesFor(d.entries, state, sourceChoice.subset());
}

function drawTimeline(): void {
  const data = currentData();
  if (data) select(hosts.timelineChart).datum(chartEntries(data)).call(timeline);
}

function drawOverview(): void {
  const data = currentData();
  if (data) select(hosts.overview).datum(chartEntries(data)).call(overview);
}

const drawOverviewSoon = inNextTask(drawOverview);

/** `overviewLater`: the strip is drawn in a task of its own (while pages come in: with the chart, one task ran long). */
function render(options: { overviewLater?: boolean } = {}): void {
  const d = currentData();
  if (!d) return;
  const selectedEntry =
    state.selected && (state.selected.type === 'event' || state.selected.type === 'statement')
      ? d.entryById.get(state.selected.id)
      : undefined;
  const shown = shownDomain(state, d.extent);
  const zoomable = zoomExtent(state, d.extent);
  const width = chartWidth();
  const inWindow = Boolean(state.from || state.to);

  timeline
    .width(width)
    .laneBy(state.laneBy)
    .extent(zoomable)
    .domain(shown)
    .selectedId(selectedEntry?.id ?? null)
    .colours(d.colours);
  overview
    .width(width)
    .extent(zoomable)
    .window(inWindow ? shown : null);
  hosts.timelineView.hidden = state.show !== 'chart';
  hosts.listView.hidden = state.show !== 'list';
  if (!showsTimeline) {
    // The embed page for the network draws nothing else.
  } else if (state.show === 'chart') {
    drawTimeline();
    if (options.overviewLater) drawOverviewSoon();
    else drawOverview();
  } else {
    list.draw(d, state, shown);
  }
  markToggles(state);
  if (embedView) hosts.openFull.href = fullViewUrl(location.origin, root, state);

  networkPanel.draw(d, selectedEntry);
  if (showsNetwork && !embedView) paths.render(d.actors, state.actor);
  if (showsNetwork) hosts.networkChart.dataset.window = inWindow ? `${state.from ?? ''}/${state.to ?? ''}` : '';

  select(hosts.filters)
    .datum(filterBarData(state, d, shown))
    .call(filters);
  select(hosts.filters).datum(sources.filterData(d, state.sources)).call(sourcesFilter);
  select(hosts.detail).datum(detail.data()).call(panel);
}

async function loadNetwork(): Promise<void> {
  const { graph, note } = await loadScopedNetwork(api, windowed.active() ? windowed.total() : null);
  showNetworkScope(document.querySelector('#network-scope'), note);
  // For the bench: its longest-task window opens here, the answer's parse included (the task goes on past the mark).
  performance.mark('kg:network-answer');
  // The answer's parse, taking it in and drawing the page with it, and the layout's start: each a task of its own,
  // so none of them holds up input for long with a big network (the bench's "longest task").
  await yieldToMain();
  parts.setNetwork(networkData(graph));
  render();
  await yieldToMain();
  await networkPanel.relayout();
}

async function start(): Promise<void> {
  if (embedView) document.body.classList.add('embed', `embed-${embedView}`);
  const resetNetworkZoom = () =>
    network.resetZoom(select(hosts.networkChart) as Parameters<typeof network.resetZoom>[0]);
  wireToggles({ setState, openEmbedDialog: downloads.openEmbedDialog, download: downloads.download, resetNetworkZoom });
  setBusy(1);
  let networkLoad: Promise<void> | null = null;
  let sourcesLoad: Promise<void> | null = null;
  // The sources are for the credit line and the filter bar, not the timeline: a first page only (source-finder.ts),
  // sent once the first timeline page is drawn, so the overview's counts never wait behind it.
  const loadSources = () => (sourcesLoad ??= sources.start());
  timeline.provisional(true);
  try {
    await loadTimeline({
      windowed,
      api,
      timeline,
      legendHost: hosts.timelineLegend,
      accept: parts.setTimeline,
      prepare: () => timeline.laneBy(state.laneBy).prepare(chartEntries(currentData()!)),
      render,
      onFirstPage: () => {
        // The network's query is the heaviest: sent once the first page is drawn, beside the other pages.
        loadSources().catch(() => {});
        networkLoad = loadNetwork();
        networkLoad.catch(() => {});
      },
    });
    await Promise.all([networkLoad ?? loadNetwork(), loadSources()]);
  } catch (e) {
    timeline.provisional(false);
    showStatus(e);
    if (!parts.hasTimeline()) hosts.timelineChart.textContent = 'The data could not be loaded. Is the server running?';
    setBusy(-1);
    return;
  }
  const data = currentData()!;
  describeSources(data, hosts, embedView, windowed.active() ? windowed.total() : data.entries.length);
  render();
  await Promise.all([
    state.from || state.to ? windowLinks.refresh() : Promise.resolve(),
    state.selected && !embedView ? detail.load() : Promise.resolve(),
    state.sources.length ? sourceChoice.refresh() : Promise.resolve(),
  ]);
  watchResize({ networkChart: hosts.networkChart, embedView, setBusy, render, relayoutNetwork: networkPanel.relayout });
  document.body.dataset.ready = 'true';
  setBusy(-1);
}

void start();
