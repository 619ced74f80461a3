// Re-renders (and re-lays out the network) once the page's size has settled after a resize.
import type { EmbedView } from '../embed/view-links.ts';

const RESIZE_SETTLE_MS = 120;

export interface ResizeWatchDeps {
  networkChart: HTMLElement;
  embedView: EmbedView | null;
  setBusy: (delta: number) => void;
  render: () => void;
  relayoutNetwork: () => Promise<void>;
}

export function watchResize({ networkChart, embedView, setBusy, render, relayoutNetwork }: ResizeWatchDeps): void {
  // A resize pending counts as busy, so "idle" (what tests wait for) means the layout has settled.
  let timer = 0;
  // Only the width (and an embedded network's frame height) changes a layout; the body also grows and shrinks
  // with the timeline's lanes while zooming, which must not re-render everything.
  const sizeKey = () => `${document.body.clientWidth}x${embedView === 'network' ? networkChart.clientHeight : ''}`;
  let lastSize = sizeKey();
  new ResizeObserver(() => {
    if (sizeKey() === lastSize) return;
    lastSize = sizeKey();
    if (timer) clearTimeout(timer);
    else setBusy(1);
    timer = window.setTimeout(() => {
      timer = 0;
      render();
      void relayoutNetwork().finally(() => setBusy(-1));
    }, RESIZE_SETTLE_MS);
  }).observe(document.body);
}
