// timelineDensity: validates the window and bounds, then asks the store once.
import type { GraphQLContext } from '../context.ts';
import { BadInputError, graphqlArgs, readIds, readMatch, readWindow } from '../arguments.ts';
import { MAX_DENSITY_BUCKETS, MAX_DENSITY_LANES, type DensityLaneBy, type DensityQuery } from '../../store/density.ts';

function readBounded(argument: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max)
    throw new BadInputError(argument, `must be a whole number from 1 to ${max}, not ${String(value)}`);
  return value;
}

export function readDensityQuery(a: Record<string, unknown>): DensityQuery {
  const window = readWindow(a.from, a.to);
  if (window.from === null) throw new BadInputError('from', 'a density window needs a first day');
  if (window.to === null) throw new BadInputError('to', 'a density window needs a last day');
  return {
    window: { from: window.from, to: window.to },
    match: readMatch(a.match),
    actorIds: readIds('actorIds', a.actorIds),
    buckets: readBounded('buckets', a.buckets, MAX_DENSITY_BUCKETS),
    laneBy: a.laneBy === 'ACTOR' ? 'ACTOR' : ('KIND' satisfies DensityLaneBy),
    lanes: readBounded('lanes', a.lanes, MAX_DENSITY_LANES),
  };
}

export const DensityQueryResolvers = {
  timelineDensity: (_: unknown, a: Record<string, unknown>, { store }: GraphQLContext) =>
    store.timelineDensity(graphqlArgs(() => readDensityQuery(a))),
};
