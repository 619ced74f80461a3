// timelineDensity on Neo4j: from the writer's count table when it can answer (neo4j-density-counts.ts: no actorIds,
// OVERLAPS or POSSIBLY); else live, where cypher/read/density-*.cypher aggregate per bucket in the database; this
// shapes the rows with density.ts, and the total comes from the timeline's own count query so it equals timeline's
// totalCount.
import neo4j from 'neo4j-driver';
import { addTo, DensityGrid, densityOf, topLanes, type Density, type DensityQuery } from '../density.ts';
import { countedDensity, countsCanAnswer, countsComplete, DENSITY_COUNT_READS } from './neo4j-density-counts.ts';
import { toNumber } from './property-codecs.ts';
import { seekRange } from './span-reach.ts';
import { timelineRead, type TimelineQueryName } from './timeline-reads.ts';

export const DENSITY_QUERIES = ['read/density-kinds', 'read/density-actors', ...DENSITY_COUNT_READS] as const;

type DensityQueryName = (typeof DENSITY_QUERIES)[number];
type Rows = (query: DensityQueryName | TimelineQueryName, params: Record<string, unknown>) => Promise<Row[]>;
type Row = Record<string, unknown>;

export async function neo4jDensity(rows: Rows, q: DensityQuery): Promise<Density> {
  if (countsCanAnswer(q) && (await countsComplete(rows))) return countedDensity(rows, q);
  return liveDensity(rows, q);
}

/** The density computed from the items themselves (exported for the benchmark's old-against-new comparison). */
export async function liveDensity(rows: Rows, q: DensityQuery): Promise<Density> {
  const grid = new DensityGrid(q.window, q.buckets);
  const params = {
    ...seekRange(q.window, q.match),
    from: q.window.from,
    to: q.window.to,
    match: q.match,
    actorIds: q.actorIds,
    width: neo4j.int(grid.width),
    lanes: neo4j.int(q.lanes),
  };
  const count = timelineRead({ ...q, first: 0, after: null });
  // All go out at once on the transaction's connection.
  const [kindRows, actorRows, totalRows] = await Promise.all([
    rows('read/density-kinds', params),
    q.laneBy === 'ACTOR' ? rows('read/density-actors', params) : Promise.resolve([]),
    rows(count.count, count.filters),
  ]);
  const byPrecision = new Map<string, number[]>();
  const kinds = new Map<string, number[]>();
  for (const r of kindRows) {
    const bucket = toNumber(r.bucket, 'density bucket');
    const c = toNumber(r.count, 'density count');
    addTo(byPrecision, String(r.precision), bucket, c, grid.size);
    addTo(kinds, String(r.key), bucket, c, grid.size);
  }
  const lanes =
    q.laneBy === 'KIND'
      ? topLanes(kinds, q.lanes, (key) => key)
      : actorRows.map((r) => {
          const counts = new Array<number>(grid.size).fill(0);
          const buckets = r.buckets as unknown[];
          (r.counts as unknown[]).forEach((c, i) => {
            counts[toNumber(buckets[i], 'density bucket')] = toNumber(c, 'density count');
          });
          return { key: String(r.key), label: String(r.label), counts };
        });
  return densityOf(grid, byPrecision, lanes, toNumber(totalRows[0]?.total ?? 0, 'count'));
}
