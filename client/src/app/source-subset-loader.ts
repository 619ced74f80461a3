// What the chosen sources report (the Sources filter): asked of the API when the choice changes; the views
// narrow to it once it is in.
import type { GraphQLClient } from '../api/graphql-client.ts';
import { sourceKey, type SourceSubset } from '../model/source-subset.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';

export interface SourceSubsetDeps {
  api: Pick<GraphQLClient, 'networkSources' | 'sourceItemIds'>;
  state: () => ViewState;
  setBusy: (delta: number) => void;
  showStatus: (message: unknown) => void;
  render: () => void;
}

export function sourceSubsetLoader(deps: SourceSubsetDeps) {
  const { api, state, setBusy, showStatus, render } = deps;
  let subset: SourceSubset | null = null;
  let request = 0;
  // Which sources report each relationship does not depend on the choice: asked once, kept.
  let networkSources: Promise<Map<string, string[]>> | null = null;

  async function refresh(): Promise<void> {
    const current = ++request;
    const chosen = state().sources;
    if (chosen.length === 0) {
      subset = null;
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
      if (current === request) subset = { key: sourceKey(chosen), items: new Set(items), reported };
    } catch (e) {
      networkSources = null;
      showStatus(e);
    } finally {
      setBusy(-1);
      render();
    }
  }

  /** null: every source. */
  return { subset: () => subset, refresh };
}
