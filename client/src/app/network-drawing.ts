// The network panel: its layout (recomputed off the main thread when the panel's size changes) and what it
// shows of it (filters, window, sources, focus, paths). Both are costly, so each runs only when its inputs moved.
import type { EmbedView } from '../embed/view-links.ts';
import { neighbourhood, networkSubset } from '../model/filter-entries.ts';
import { networkReported, type SourceSubset } from '../model/source-subset.ts';
import { layoutNetworkAsync } from '../network/layout-network-async.ts';
import { DEFAULT_SEED, type NetworkLayout } from '../network/network-layout.ts';
import type { networkView, NetworkViewData } from '../network/network-view.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';
import type { TimelineEntry } from '../../../core/timeline/timeline-entry.ts';
import { afterNextFrame, yieldToMain } from '../ui/yield-to-main.ts';
import { select } from 'd3-selection';
import type { Loaded } from './load-data.ts';
import type { pathController } from './path-controller.ts';

export interface NetworkDrawingDeps {
  host: HTMLElement;
  network: ReturnType<typeof networkView>;
  paths: ReturnType<typeof pathController>;
  embedView: EmbedView | null;
  showsNetwork: boolean;
  data: () => Loaded | null;
  /** False until the network's own query has answered (`data` may hold only the timeline). */
  networkLoaded: () => boolean;
  state: () => ViewState;
  windowEdges: () => Set<string> | null;
  sourceSubset: () => SourceSubset | null;
  setBusy: (delta: number) => void;
  render: () => void;
}

export function networkDrawing(deps: NetworkDrawingDeps) {
  const { host, network, paths, embedView, showsNetwork, data, state, setBusy, render } = deps;
  let layout: NetworkLayout | null = null;
  /** What the network was last drawn from: unchanged, a render leaves it alone (redrawing it is not cheap). */
  let drawnFrom: readonly unknown[] = [];

  async function relayout(): Promise<void> {
    const d = data();
    if (!d || !deps.networkLoaded() || !showsNetwork) return;
    // Sizes read once the frame has laid out what the last render added (a big network's first render: the
    // timeline, the path finder), not by forcing that layout in this task.
    await afterNextFrame();
    const width = Math.max(280, Math.floor(host.clientWidth));
    // Embedded, the network fills its frame; in the app its height follows its width.
    const height = embedView
      ? Math.max(200, Math.floor(host.clientHeight))
      : Math.round(Math.min(560, Math.max(380, width * 0.62)));
    if (layout && layout.width === width && layout.height === height) return;
    setBusy(1);
    const nodes = d.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind }));
    const edges = d.edges.map((e) => ({ id: e.id, type: e.type, source: e.source.id, target: e.target.id }));
    performance.mark('kg:network-layout-start');
    try {
      try {
        layout = await layoutNetworkAsync(nodes, edges, { width, height, seed: DEFAULT_SEED });
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
    // What waits on the layout (the app's start: a render) goes on in a task of its own, not the last layer's.
    await yieldToMain();
  }

  /** Draws the network for the current state, if anything it is drawn from changed since last time. */
  function draw(d: Loaded, selectedEntry: TimelineEntry | undefined): void {
    const s = state();
    const windowEdges = deps.windowEdges();
    const sourceSubset = deps.sourceSubset();
    const inputs = [
      layout,
      windowEdges,
      d.edges,
      d.edgeDates,
      s.actorKinds.join(),
      s.actor,
      s.depth,
      selectedEntry,
      s.selected?.type,
      s.selected?.id,
      sourceSubset,
      paths.highlight(),
    ];
    const changed = inputs.some((v, i) => v !== drawnFrom[i]);
    if (!layout || !showsNetwork || !changed) return;
    drawnFrom = inputs;
    const subset = networkReported(networkSubset(d.actors, d.edges, windowEdges, s), d.edges, sourceSubset);
    // Paths being shown take over the highlight from the focused actor's neighbourhood.
    const onPaths = paths.highlight();
    const highlight = onPaths
      ? onPaths.actors
      : s.actor
        ? neighbourhood(s.actor, d.edges, subset.edgeIds, s.depth)
        : selectedEntry
          ? new Set(selectedEntry.actors.map((a) => a.id))
          : null;
    const networkData: NetworkViewData = {
      layout,
      visibleNodes: subset.nodeIds,
      visibleEdges: subset.edgeIds,
      highlight,
      focusId: onPaths ? null : s.actor,
      edgeDates: d.edgeDates,
      disputed: d.disputed,
      pathEdges: onPaths?.edges ?? null,
    };
    network.selectedId(s.selected?.type === 'relationship' || s.selected?.type === 'actor' ? s.selected.id : null);
    select(host).datum(networkData).call(network);
  }

  return { relayout, draw };
}
