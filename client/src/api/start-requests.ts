// The requests the timeline makes first whatever the URL says (windowed-timeline.ts): how many items there are and
// where, and every kind. They are fixed, so index.html preloads them (vite.config.ts adds the links): the server
// answers them while the browser is still fetching and evaluating the bundle, which otherwise comes first.
import { MAX_DENSITY_BUCKETS } from '../../../core/timeline/window-plan.ts';
import type { DensityArgs } from './graphql-client.ts';
import { DENSITY_QUERY } from './queries.ts';
import { densityVariables, graphqlGetUrl } from './request-url.ts';

/** Wide enough for any corpus: the first request finds where the items are. */
export const PROBE_RANGE = { from: '1000-01-01', to: '2999-12-31' } as const;

/** The whole corpus in buckets of two years: its size, and roughly where it lies. */
export const PROBE_DENSITY: DensityArgs = {
  ...PROBE_RANGE,
  buckets: MAX_DENSITY_BUCKETS,
  laneBy: 'KIND',
  lanes: 1,
  actorIds: null,
};

/** Every kind in the corpus, for the legend and the filter bar: one bucket, a lane per kind. */
export const KINDS_DENSITY: DensityArgs = { ...PROBE_RANGE, buckets: 1, laneBy: 'KIND', lanes: 100, actorIds: null };

/** The GET URLs of the start requests, as the client sends them to `endpoint`. */
export function startRequestUrls(endpoint = '/graphql'): string[] {
  return [PROBE_DENSITY, KINDS_DENSITY].map((args) => graphqlGetUrl(endpoint, DENSITY_QUERY, densityVariables(args)));
}
