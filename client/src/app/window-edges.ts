// The relationships dated inside the URL's window, which the network narrows to. Fetched once a zoom or brush
// has settled, not on every gesture that passes through.
import type { GraphQLClient } from '../api/graphql-client.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';

const WINDOW_SETTLE_MS = 300;

export interface WindowEdgesDeps {
  api: Pick<GraphQLClient, 'networkWindow'>;
  /** The window's relationships only matter to the network; without one nothing is fetched. */
  showsNetwork: boolean;
  state: () => ViewState;
  setBusy: (delta: number) => void;
  showStatus: (message: unknown) => void;
  render: () => void;
}

export function windowEdges(deps: WindowEdgesDeps) {
  const { api, showsNetwork, state, setBusy, showStatus, render } = deps;
  let edges: Set<string> | null = null;
  let request = 0;
  let timer = 0;

  async function refresh(): Promise<void> {
    const current = ++request;
    if (!showsNetwork) return;
    const { from, to } = state();
    if (!from && !to) {
      edges = null;
      render();
      return;
    }
    setBusy(1);
    try {
      const { edgeIds } = await api.networkWindow(from, to);
      // The same relationships as before (a zoom within one period) keep the set, so the network is not redrawn.
      if (current === request && !sameIds(edges, edgeIds)) edges = new Set(edgeIds);
    } catch (e) {
      showStatus(e);
    } finally {
      setBusy(-1);
      render();
    }
  }

  /** The wait counts as busy, so "idle" still means the network shows the window. */
  function schedule(): void {
    if (timer) clearTimeout(timer);
    else setBusy(1);
    timer = window.setTimeout(() => {
      timer = 0;
      void refresh().finally(() => setBusy(-1));
    }, WINDOW_SETTLE_MS);
  }

  return {
    /** The window's relationship ids; null: no window, every relationship. */
    edges: () => edges,
    refresh,
    schedule,
    /** A zoom still moving (a new gesture after a pause) puts off the pending re-fetch: the window is not settled. */
    postpone: () => {
      if (timer) schedule();
    },
  };
}

function sameIds(a: ReadonlySet<string> | null, b: readonly string[]): boolean {
  return a !== null && a.size === b.length && b.every((id) => a.has(id));
}
