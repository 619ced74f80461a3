// Root fields for the exports: the TimelineJS document itself, and links to every export for a filter set.
// Filters are read by the same readers (server/input) as `timeline`, `network` and the HTTP export routes.
import type { GraphQLContext } from '../context.ts';
import { readDepth, readIds, readMatch, readWindow } from '../../input/read-arguments.ts';
import { readLaneBy, readPixels } from '../../input/export-options.ts';
import { exportUrls } from '../../../core/exports/export-urls.ts';
import { loadTimelineData } from '../../documents/timeline-data.ts';
import { toTimelineJS } from '../../documents/timelinejs.ts';
import { graphqlArgs, userInputAsync } from '../user-input.ts';

type Args = Record<string, unknown>;

export const ExportsQuery = {
  timelineJS: async (_: unknown, a: Args, { store }: GraphQLContext) => {
    const { filters, laneBy } = graphqlArgs(() => ({
      filters: {
        window: readWindow(a.from, a.to),
        match: readMatch(a.match),
        actorIds: readIds('actorIds', a.actorIds),
      },
      laneBy: readLaneBy(a.laneBy),
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
        width: readPixels('width', a.width),
        height: readPixels('height', a.height),
        laneBy: readLaneBy(a.laneBy),
      });
    }),
};
