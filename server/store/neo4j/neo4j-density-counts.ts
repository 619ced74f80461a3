// timelineDensity on Neo4j from the count table the writer keeps (cypher/write/density-counts.cypher) rather than
// from the items: per lane, the items per anchor day. For OVERLAPS and POSSIBLY without actorIds, an item whose
// anchor day (sortKey) lies in the window always matches it (its earliest bound is in the window, or it has only a
// latest bound there; the date parser refuses reversed bounds), so the window's buckets are the table's rows in it,
// plus the few items anchored outside that reach in (read/density-edge.cypher), which count in the first or last
// bucket as DensityGrid clamps them. The answer is neo4j-density.ts's live one (the parity and contract tests).
import neo4j from 'neo4j-driver';
import { DensityGrid, densityOf, topLanes, type Density, type DensityQuery } from '../density.ts';
import { toNumber } from './property-codecs.ts';
import { seekRange } from './span-reach.ts';

export const DENSITY_COUNT_READS = [
  'read/density-counted',
  'read/density-count-lanes',
  'read/density-count-ranked',
  'read/density-edge',
] as const;

type Row = Record<string, unknown>;
type Rows = (query: (typeof DENSITY_COUNT_READS)[number], params: Record<string, unknown>) => Promise<Row[]>;

const PRECISION_LANES = ['p:day', 'p:month', 'p:year', 'p:open'];
/** Lanes are 'p:…', 'k:…', 'a:…': the key is what follows the prefix. */
const keyOf = (lane: string) => lane.slice(2);

/** Whether the count table can answer `q`; else the live queries do. */
export const countsCanAnswer = (q: DensityQuery) => q.actorIds.length === 0 && q.match !== 'WITHIN';

/** Whether the graph's count table is complete (seeded into an empty graph since the table exists). */
export async function countsComplete(rows: Rows): Promise<boolean> {
  return (await rows('read/density-counted', {}))[0]?.counted === true;
}

export async function countedDensity(rows: Rows, q: DensityQuery): Promise<Density> {
  const grid = new DensityGrid(q.window, q.buckets);
  const range = { first: neo4j.int(grid.first), last: neo4j.int(grid.last), width: neo4j.int(grid.width) };
  const group = q.laneBy === 'ACTOR' ? 'a' : 'k';
  // Whole groups of kinds are few; actors are ranked from the busiest overall (see busiest below).
  const limit = neo4j.int(q.laneBy === 'ACTOR' ? q.lanes : 1_000_000);
  const [edgeRows, precisionRows, rankedRows] = await Promise.all([
    rows('read/density-edge', { ...seekRange(q.window, q.match), ...q.window, match: q.match }),
    rows('read/density-count-lanes', { ...range, lanes: PRECISION_LANES }),
    rows('read/density-count-ranked', { group, atLeast: neo4j.int(1), limit }),
  ]);
  // The items anchored outside the window, per lane: in the first bucket (before it) or the last (after it).
  const edges = new Map<string, number[]>();
  for (const r of edgeRows) {
    const lane = String(r.lane);
    let counts = edges.get(lane);
    if (!counts) edges.set(lane, (counts = new Array<number>(grid.size).fill(0)));
    counts[r.after === true ? grid.size - 1 : 0]! += toNumber(r.n, 'density count');
  }
  const labels = new Map<string, string>();
  const countsOf = async (lanes: readonly string[]) => {
    const out = new Map<string, number[]>();
    const found = lanes.length === 0 ? [] : await rows('read/density-count-lanes', { ...range, lanes });
    for (const lane of lanes) out.set(lane, [...(edges.get(lane) ?? new Array<number>(grid.size).fill(0))]);
    for (const r of found) addRow(out, r, labels);
    return out;
  };
  const precisions = new Map<string, number[]>();
  for (const lane of PRECISION_LANES) precisions.set(lane, [...(edges.get(lane) ?? new Array(grid.size).fill(0))]);
  for (const r of precisionRows) addRow(precisions, r, labels);

  let candidates = await countsOf(rankedRows.map((r) => String(r.lane)));
  if (q.laneBy === 'ACTOR') {
    // A lane's window total is at most its total overall: once the lanes busiest overall are counted in the
    // window, only lanes with at least the last kept window total overall can still rank among them.
    const kept = topLanes(candidates, q.lanes, (lane) => lane);
    const last = kept.length === q.lanes ? sum(kept[kept.length - 1]!.counts) : 1;
    const more = await rows('read/density-count-ranked', { group, atLeast: neo4j.int(last), limit: neo4j.int(1e9) });
    const rest = more.map((r) => String(r.lane)).filter((lane) => !candidates.has(lane));
    candidates = new Map([...candidates, ...(await countsOf(rest))]);
  }
  const byKey = new Map([...candidates].filter(([, c]) => sum(c) > 0).map(([lane, c]) => [keyOf(lane), c]));
  const lanes = topLanes(byKey, q.lanes, (key) => (q.laneBy === 'ACTOR' ? (labels.get(`a:${key}`) ?? key) : key));
  const byPrecision = new Map(
    [...precisions].filter(([, c]) => sum(c) > 0).map(([lane, counts]) => [keyOf(lane), counts]),
  );
  const total = [...byPrecision.values()].reduce((t, c) => t + sum(c), 0);
  return densityOf(grid, byPrecision, lanes, total);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Adds one lane's row of read/density-count-lanes to its counts, and keeps its label. */
function addRow(out: Map<string, number[]>, r: Row, labels: Map<string, string>): void {
  const lane = String(r.lane);
  const counts = out.get(lane)!;
  const buckets = r.buckets as unknown[];
  (r.counts as unknown[]).forEach((c, i) => (counts[toNumber(buckets[i], 'density bucket')]! += toNumber(c, 'count')));
  if (r.label !== null && r.label !== undefined) labels.set(lane, String(r.label));
}
