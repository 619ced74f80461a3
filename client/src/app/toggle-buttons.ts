// The toolbar's buttons (lanes, chart or list, depth, downloads, embeds): clicks become state changes, and
// each render marks which are pressed or unavailable in the current state.
import type { EmbedView } from '../embed/view-links.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';
import { element } from './dom-hosts.ts';

export interface ToggleActions {
  setState: (patch: Partial<ViewState>) => void;
  openEmbedDialog: (view: EmbedView) => void;
  download: (view: EmbedView, format: 'svg' | 'png') => Promise<void>;
  resetNetworkZoom: () => void;
}

function buttons(selector: string): NodeListOf<HTMLButtonElement> {
  return document.querySelectorAll<HTMLButtonElement>(selector);
}

export function wireToggles({ setState, openEmbedDialog, download, resetNetworkZoom }: ToggleActions): void {
  buttons('[data-set-depth]').forEach((b) =>
    b.addEventListener('click', () => {
      const n = Number(b.dataset.setDepth);
      setState({ depth: n === 2 || n === 3 ? n : 1 });
    }),
  );
  buttons('[data-set-lanes]').forEach((b) =>
    b.addEventListener('click', () => setState({ laneBy: b.dataset.setLanes === 'kind' ? 'kind' : 'actor' })),
  );
  buttons('[data-set-show]').forEach((b) =>
    b.addEventListener('click', () => setState({ show: b.dataset.setShow === 'list' ? 'list' : 'chart' })),
  );
  buttons('[data-embed]').forEach((b) =>
    b.addEventListener('click', () => openEmbedDialog(b.dataset.embed === 'network' ? 'network' : 'timeline')),
  );
  buttons('[data-download]').forEach((b) =>
    b.addEventListener(
      'click',
      () =>
        void download(
          b.dataset.download === 'network' ? 'network' : 'timeline',
          b.dataset.format === 'png' ? 'png' : 'svg',
        ),
    ),
  );
  element('#reset-network').addEventListener('click', resetNetworkZoom);
}

export function markToggles(state: ViewState): void {
  buttons('[data-set-lanes]').forEach((b) =>
    b.setAttribute('aria-pressed', String(b.dataset.setLanes === state.laneBy)),
  );
  buttons('[data-set-show]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.setShow === state.show)));
  buttons('[data-set-depth]').forEach((b) => {
    b.setAttribute('aria-pressed', String(Number(b.dataset.setDepth) === state.depth));
    // The depth counts hops from the followed actor; with no actor followed it has nothing to widen.
    b.disabled = !state.actor;
    b.title = state.actor ? '' : 'Click an actor in the network first';
  });
  // A picture is made from the chart on screen, so the list has none to offer.
  buttons('[data-download="timeline"]').forEach((b) => {
    b.disabled = state.show !== 'chart';
    b.title = b.disabled ? 'Show the chart to download it as a picture' : '';
  });
}
