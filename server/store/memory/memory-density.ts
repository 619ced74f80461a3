// timelineDensity for the embedded store: one pass over the items the date index and filters let through.
import type { TimelineItem } from '../../../core/domain/types.ts';
import { sortKeyOf } from '../../../core/dates/fuzzy-date.ts';
import { addTo, DensityGrid, densityOf, topLanes, type Density, type DensityQuery } from '../density.ts';

/** The lane key as GraphQL shows TimelineItem.kind: a statement's form is lower-cased there. */
export const kindOf = (t: TimelineItem) => (t.itemType === 'Event' ? t.kind : t.kind.toLowerCase());

/** Each actor once per item, whether it takes part twice (two roles) or speaks. */
export function actorsOf(t: TimelineItem): string[] {
  return t.itemType === 'Event' ? [...new Set(t.participants.map((p) => p.actorId))] : [t.speakerId];
}

export function memoryDensity(
  matching: readonly TimelineItem[],
  q: DensityQuery,
  actorName: (id: string) => string | null,
): Density {
  const grid = new DensityGrid(q.window, q.buckets);
  const byPrecision = new Map<string, number[]>();
  const lanes = new Map<string, number[]>();
  const wanted = q.actorIds.length > 0 ? new Set(q.actorIds) : null;
  for (const t of matching) {
    const b = grid.bucketOf(sortKeyOf(t.date));
    addTo(byPrecision, t.date.precision, b, 1, grid.size);
    if (q.laneBy === 'KIND') addTo(lanes, kindOf(t), b, 1, grid.size);
    else
      for (const a of actorsOf(t)) {
        // As in Neo4j, a lane is an actor that exists; with actorIds, only those actors are lanes.
        if ((wanted === null || wanted.has(a)) && actorName(a) !== null) addTo(lanes, a, b, 1, grid.size);
      }
  }
  const labelOf = (key: string) => (q.laneBy === 'KIND' ? key : (actorName(key) ?? key));
  return densityOf(grid, byPrecision, topLanes(lanes, q.lanes, labelOf), matching.length);
}
