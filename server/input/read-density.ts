// timelineDensity's arguments: a closed window (both days), bucket and lane counts within the store's bounds.
import { MAX_DENSITY_BUCKETS, MAX_DENSITY_LANES, type DensityLaneBy, type DensityQuery } from '../store/density.ts';
import { InputError } from './input-error.ts';
import { readBounded, readIds, readMatch, readWindow } from './read-arguments.ts';

export function readDensityQuery(a: Record<string, unknown>): DensityQuery {
  const window = readWindow(a.from, a.to);
  if (window.from === null) throw new InputError('from', 'a density window needs a first day');
  if (window.to === null) throw new InputError('to', 'a density window needs a last day');
  return {
    window: { from: window.from, to: window.to },
    match: readMatch(a.match),
    actorIds: readIds('actorIds', a.actorIds),
    buckets: readBounded('buckets', a.buckets, MAX_DENSITY_BUCKETS),
    laneBy: a.laneBy === 'ACTOR' ? 'ACTOR' : ('KIND' satisfies DensityLaneBy),
    lanes: readBounded('lanes', a.lanes, MAX_DENSITY_LANES),
  };
}
