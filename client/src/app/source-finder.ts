// The Sources filter's reads, bounded whatever the corpus: a first page at start (a small corpus comes whole and
// the filter offers every outlet, as before), then, when there are more, a type-ahead against the API's
// sourcesConnection, an outlet's articles when one is picked, and labels for the ids a link chose.
// At a million events the whole list was 69,833 articles (4.4 MB) and the start waited for it.
import type { ApiSource } from '../../../core/api/api-types.ts';
import type { GraphQLClient } from '../api/graphql-client.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';
import type { SourceFilterData } from '../ui/source-filter.ts';
import type { Loaded } from './load-data.ts';

/** Sources asked for at start: a corpus with no more is offered whole, as chips. */
export const START_SOURCES = 100;
/** Type-ahead matches asked for: enough to offer a screenful of outlets. */
export const MATCHES = 50;
/**
 * Most articles one outlet may bring into the filter: the chosen ids live in the URL and go to the API 100 at a
 * time, so a bigger outlet is refused in words rather than taken in part or turned into a 50 KB link.
 */
export const OUTLET_PICK_LIMIT = 100;
const TYPE_AHEAD_MS = 150;

export interface SourceFinderDeps {
  api: Pick<GraphQLClient, 'sourcesPage'>;
  setSources: (sources: ApiSource[], total: number) => void;
  state: () => ViewState;
  setState: (patch: Partial<ViewState>) => void;
  showStatus: (message: unknown) => void;
  render: () => void;
}

export function sourceFinder(deps: SourceFinderDeps) {
  const { api, state, showStatus, render } = deps;
  const known = new Map<string, ApiSource>();
  let total = 0;
  let matches: ApiSource[] = [];
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const learn = (sources: readonly ApiSource[]) => {
    for (const s of sources) known.set(s.id, s);
    deps.setSources([...known.values()], total);
  };

  /** The first page, then labels for the chosen ids not in it. */
  async function start(): Promise<void> {
    const first = await api.sourcesPage({ first: START_SOURCES });
    total = first.totalCount;
    learn(first.sources);
    const missing = state().sources.filter((id) => !known.has(id));
    for (let i = 0; i < missing.length; i += OUTLET_PICK_LIMIT)
      learn(
        (await api.sourcesPage({ ids: missing.slice(i, i + OUTLET_PICK_LIMIT), first: OUTLET_PICK_LIMIT })).sources,
      );
  }

  /** Typed text: matches are asked for once typing pauses; only the latest answer is shown. */
  function search(text: string): void {
    clearTimeout(timer);
    const n = ++asked;
    if (!text.trim()) {
      matches = [];
      render();
      return;
    }
    timer = setTimeout(() => {
      api
        .sourcesPage({ search: text.trim(), first: MATCHES })
        .then((page) => {
          if (n !== asked) return;
          matches = page.sources;
          render();
        })
        .catch(showStatus);
    }, TYPE_AHEAD_MS);
  }

  /** Adds an outlet's articles to the chosen ones, when it has no more than the filter takes. */
  function pick(publisher: string): void {
    void pickOutlet(publisher);
  }

  async function pickOutlet(publisher: string): Promise<void> {
    try {
      const page = await api.sourcesPage({ publisher, first: OUTLET_PICK_LIMIT });
      if (page.hasNextPage) {
        showStatus(
          `${publisher} has ${page.totalCount} articles; the filter takes an outlet of at most ${OUTLET_PICK_LIMIT}.`,
        );
        return;
      }
      learn(page.sources);
      deps.setState({ sources: [...new Set([...state().sources, ...page.sources.map((s) => s.id)])].sort() });
    } catch (e) {
      showStatus(e);
    }
  }

  /** What the filter draws: the sources known and the matches, with the app's data and choice. */
  const filterData = (d: Pick<Loaded, 'sources' | 'sourceTotal'>, chosen: readonly string[]): SourceFilterData => ({
    sources: d.sources,
    total: d.sourceTotal,
    chosen,
    matches,
  });

  return { start, search, pick, filterData };
}
