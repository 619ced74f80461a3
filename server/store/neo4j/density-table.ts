// The density count table of a first seed, counted by the writer and written once at the end instead of kept up in
// Neo4j batch by batch. Why: write/density-counts.cypher uncounts and recounts every item a batch touches by reading
// the graph (each item's actors through their links), twice per batch, and MERGEs each (lane, day) row again in
// every batch that touches it: a third of a 10k seed's db hits (docs/benchmarks.md, "Seeding with claims"). A seed
// into an empty graph knows what every item it wrote is counted as (its batches' event and statement rows), so it
// keeps that in memory (DensityMemory) and CREATEs the table from it after its last batch, or after the batches
// that committed when one fails, with the marker that lets density read it. Until then no marker: density counts
// live (neo4j-store.ts), so a reader never sees a partial table. The lanes are density-counts.cypher's:
// 'p:<precision>', 'k:<kind>', 'a:<actor id>' per distinct actor linked to the item.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { ClaimWrite } from './claim-rows.ts';

/** One counted item: its anchor day (epoch day of its sortKey) and its lanes. */
interface Counted {
  day: number;
  lanes: readonly string[];
}

/**
 * What a first seed has counted so far, by item id (undated items are not counted), and which actors exist (a
 * participant or speaker is linked only to an actor node that exists). null: the graph held facts when the write
 * began, or a batch deleted subjects (then items may change without being in a batch's rows); then the table is
 * kept in Neo4j by density-counts.cypher, reading the graph.
 */
export type DensityMemory = { items: Map<string, Counted>; actors: Set<string> } | null;

export const startDensityMemory = (graphHoldsFacts: boolean): DensityMemory =>
  graphHoldsFacts ? null : { items: new Map(), actors: new Set() };

/** Whether the writer counts this batch itself: no subject is deleted, so only its rows' items change. */
export const countsInMemory = (memory: DensityMemory, plan: Counting): memory is NonNullable<DensityMemory> =>
  memory !== null && plan.orphans.length === 0;

/** What the count reads of a write: its event, statement and actor rows, and whether it deletes subjects. */
type Counting = { rows: Pick<ClaimWrite['rows'], 'write/actors' | 'write/events' | 'write/statements'> } & Pick<
  ClaimWrite,
  'orphans'
>;

const DAY_MS = 86_400_000;
const epochDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

interface DatedRow {
  earliest: string | null;
  latest: string | null;
  precision: string | null;
  sortKey: string;
}

function counted(row: DatedRow, kind: string, actorIds: readonly string[], actors: ReadonlySet<string>) {
  if (row.earliest === null && row.latest === null) return undefined;
  const linked = [...new Set(actorIds)].filter((a) => actors.has(a)).map((a) => `a:${a}`);
  return { day: epochDay(row.sortKey), lanes: [`p:${row.precision}`, `k:${kind}`, ...linked] };
}

/** Records a committed batch's items and actors (after the commit, so a retried transaction counts afresh). */
export function rememberCounted(memory: DensityMemory, plan: Counting): DensityMemory {
  if (!countsInMemory(memory, plan)) return null;
  for (const a of plan.rows['write/actors']) memory.actors.add(a.id);
  const set = (id: string, now: Counted | undefined) => (now ? memory.items.set(id, now) : memory.items.delete(id));
  for (const e of plan.rows['write/events'])
    set(
      e.id,
      counted(
        e,
        e.kind,
        e.participants.map((p) => p.actorId),
        memory.actors,
      ),
    );
  for (const s of plan.rows['write/statements'])
    set(s.id, counted(s, s.kind.toLowerCase(), [s.speakerId], memory.actors));
  return memory;
}

/** Rows per statement of write/density-table: one parameter list stays a few MB. */
const CHUNK = 20_000;

/**
 * CREATEs the table `memory` holds (the graph holds none of it) in `tx`; `complete`: and marks it complete. Run
 * before any batch keeps it up in Neo4j, and at the end of a first seed.
 */
export async function writeDensityTable(
  tx: ManagedTransaction,
  query: string,
  memory: NonNullable<DensityMemory>,
  complete: boolean,
): Promise<void> {
  for (const params of densityTableChunks(memory, complete)) await tx.run(query, params);
}

/**
 * The parameters of write/density-table, a chunk of rows each (at least one); only the last marks the table
 * complete. A bulk first seed runs all but the last in transactions of their own: at 300k events the table is
 * ~700k nodes, past the transaction memory of a 2 GB Neo4j heap in one (density reads no table until it is marked).
 */
export function densityTableChunks(memory: NonNullable<DensityMemory>, complete: boolean) {
  const byDay = new Map<string, { lane: string; day: number; n: number }>();
  const byLane = new Map<string, number>();
  for (const { day, lanes } of memory.items.values())
    for (const lane of lanes) {
      const key = `${day} ${lane}`;
      const row = byDay.get(key);
      if (row) row.n += 1;
      else byDay.set(key, { lane, day, n: 1 });
      byLane.set(lane, (byLane.get(lane) ?? 0) + 1);
    }
  const counts = [...byDay.values()].map((r) => ({ lane: r.lane, day: neo4j.int(r.day), n: neo4j.int(r.n) }));
  const totals = [...byLane].map(([lane, n]) => ({ lane, group: lane.slice(0, 1), n: neo4j.int(n) }));
  const chunks = [];
  for (let i = 0; i === 0 || i < Math.max(counts.length, totals.length); i += CHUNK) {
    const last = i + CHUNK >= Math.max(counts.length, totals.length);
    chunks.push({ counts: counts.slice(i, i + CHUNK), totals: totals.slice(i, i + CHUNK), complete: complete && last });
  }
  return chunks;
}
