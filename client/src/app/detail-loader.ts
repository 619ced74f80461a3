// The evidence panel's data for the selection: loaded when the selection changes, kept per item so going back
// to one is instant, and dropped if the selection moved on while it loaded.
import { ApiError, type GraphQLClient } from '../api/graphql-client.ts';
import type { DetailPanelData } from '../detail/detail-panel.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';

export interface DetailLoaderDeps {
  api: Pick<GraphQLClient, 'detail'>;
  state: () => ViewState;
  setBusy: (delta: number) => void;
  render: () => void;
}

export function detailLoader(deps: DetailLoaderDeps) {
  const { api, state, setBusy, render } = deps;
  let data: DetailPanelData = { status: 'empty' };
  let key = '';
  const cache = new Map<string, DetailPanelData>();

  async function load(): Promise<void> {
    const ref = state().selected;
    const wanted = ref ? `${ref.type}:${ref.id}` : '';
    key = wanted;
    if (!ref) {
      data = { status: 'empty' };
      render();
      return;
    }
    const cached = cache.get(wanted);
    if (cached) {
      data = cached;
      render();
      return;
    }
    data = { status: 'loading' };
    render();
    setBusy(1);
    try {
      const detail = await api.detail(ref);
      const result: DetailPanelData = detail
        ? { status: 'ready', detail }
        : { status: 'error', message: 'That item is not in the graph any more.' };
      cache.set(wanted, result);
      if (key === wanted) data = result;
    } catch (e) {
      if (key === wanted)
        data = {
          status: 'error',
          message: e instanceof ApiError ? e.message : 'The evidence could not be loaded.',
        };
    } finally {
      setBusy(-1);
      render();
    }
  }

  return { data: () => data, load };
}
