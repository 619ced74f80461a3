// Holds the path finder's state: asks the API for the paths between two actors and tells main.ts what to
// highlight in the network. A newer question supersedes an answer still on its way.
import { select } from 'd3-selection';
import type { GraphQLClient } from '../api/graphql-client.ts';
import { pathFinder, type PathFinderData } from '../network/path-finder.ts';

type PathState = Omit<PathFinderData, 'actors'>;

const IDLE: PathState = { fromId: null, toId: null, status: 'idle', paths: [], error: null };

export interface PathHighlight {
  actors: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export function pathController(api: GraphQLClient, host: HTMLElement, changed: () => void) {
  let model: PathState = IDLE;
  let asked = 0;
  let highlight: PathHighlight | null = null;

  const set = (next: PathState) => {
    model = next;
    highlight =
      next.status === 'done' && next.paths.length > 0
        ? {
            actors: new Set(next.paths.flatMap((p) => p.hops.flatMap((h) => [h.from.id, h.to.id]))),
            edges: new Set(next.paths.flatMap((p) => p.hops.map((h) => h.relationship.id))),
          }
        : null;
    changed();
  };

  const finder = pathFinder()
    .on('find', (fromId, toId) => {
      const question = ++asked;
      set({ fromId, toId, status: 'loading', paths: [], error: null });
      api.paths(fromId, toId).then(
        (paths) => question === asked && set({ fromId, toId, status: 'done', paths, error: null }),
        (e: unknown) =>
          question === asked && set({ fromId, toId, status: 'error', paths: [], error: (e as Error).message }),
      );
    })
    .on('clear', () => {
      asked++;
      set(IDLE);
    });

  return {
    /** Draws the finder; until the user picks a first actor it follows the one focused in the network. */
    render(actors: ReadonlyArray<{ id: string; name: string }>, focusedActor: string | null): void {
      const fromId = model.status === 'idle' ? focusedActor : model.fromId;
      select(host)
        .datum({ ...model, fromId, actors })
        .call(finder);
    },
    /** The actors and relationships on the paths shown, or null when none are. */
    highlight: (): PathHighlight | null => highlight,
  };
}
