// Root fields for the exports: the TimelineJS document itself, and links to every export for a filter set.
// Filters are read by the same validators as `timeline` and `network` and as the HTTP export routes.
import type { GraphQLContext } from '../context.ts';
import { BadInputError, badUserInput, graphqlArgs, readDepth, readIds, readMatch, readWindow } from '../arguments.ts';
import { readLaneBy, SVG_SIZE } from '../../export/export-filters.ts';
import { exportUrls } from '../../../core/exports/export-urls.ts';
import { loadTimelineData } from '../../export/timeline-data.ts';
import { toTimelineJS } from '../../export/timelinejs.ts';

type Args = Record<string, unknown>;

/** graphqlArgs for work that fails later: an export over the item cap is the caller's to narrow. */
async function userInputAsync<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof BadInputError) throw badUserInput(e);
    throw e;
  }
}

function size(argument: string, v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new BadInputError(argument, 'must be a whole number of pixels');
  return Math.min(SVG_SIZE.max, Math.max(SVG_SIZE.min, v));
}

export const ExportsQuery = {
  timelineJS: async (_: unknown, a: Args, { store }: GraphQLContext) => {
    const { filters, laneBy } = graphqlArgs(() => ({
      filters: {
        window: readWindow(a.from, a.to),
        match: readMatch(a.match),
        actorIds: readIds('actorIds', a.actorIds),
      },
      laneBy: readLaneBy(typeof a.laneBy === 'string' ? a.laneBy.toLowerCase() : a.laneBy),
    }));
    const document = toTimelineJS(await userInputAsync(() => loadTimelineData(store, filters)), laneBy);
    return { ...document, json: JSON.stringify(document) };
  },

  exportUrls: (_: unknown, a: Args) =>
    graphqlArgs(() => {
      const window = readWindow(a.from, a.to);
      return exportUrls({
        ...window,
        match: readMatch(a.match),
        actorIds: readIds('actorIds', a.actorIds),
        depth: readDepth(a.depth),
        width: size('width', a.width),
        height: size('height', a.height),
        laneBy: readLaneBy(typeof a.laneBy === 'string' ? a.laneBy.toLowerCase() : a.laneBy),
      });
    }),
};
