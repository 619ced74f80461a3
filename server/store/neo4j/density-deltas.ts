// The density count table's changes for a batch of a first seed, worked out by the writer instead of by Neo4j. Why:
// write/density-counts.cypher uncounts and recounts every item a batch touches by reading the graph (each item's
// actors through their links), twice per batch: a third of a 10k seed's db hits (docs/benchmarks.md, "Seeding with
// claims"). A seed into an empty graph knows what it counted for every item so far (DensityMemory) and what each
// touched item becomes (the batch's event and statement rows), so it sends only the net change per (lane, day), in
// one statement. The lanes are density-counts.cypher's: 'p:<precision>', 'k:<kind>', 'a:<actor id>' per distinct
// actor linked to the item.
import neo4j, { type Integer } from 'neo4j-driver';
import type { ClaimWrite } from './claim-rows.ts';

/** One counted item: its anchor day (epoch day of its sortKey) and its lanes. */
interface Counted {
  day: number;
  lanes: readonly string[];
}

/**
 * What a first seed has counted so far, by item id (undated items are not counted), and which actors exist (a
 * participant or speaker is linked only to an actor node that exists). null: the graph held facts when the write
 * began, or a batch deleted subjects (then items may change without being in a batch's rows); the writer then
 * counts in Neo4j, reading the graph.
 */
export type DensityMemory = { items: Map<string, Counted>; actors: Set<string> } | null;

export const startDensityMemory = (graphHoldsFacts: boolean): DensityMemory =>
  graphHoldsFacts ? null : { items: new Map(), actors: new Set() };

/** Whether the writer may count this batch itself: no subject is deleted, so only its rows' items change. */
export const countsInMemory = (memory: DensityMemory, plan: ClaimWrite): memory is NonNullable<DensityMemory> =>
  memory !== null && plan.orphans.length === 0;

const DAY_MS = 86_400_000;
const epochDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

interface DatedRow {
  id: string;
  kind: string;
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

/** What each item the batch writes is counted as once it commits (undefined: not counted, it has no date). */
function itemsAfter(memory: NonNullable<DensityMemory>, plan: ClaimWrite): Map<string, Counted | undefined> {
  const actors = new Set([...memory.actors, ...plan.rows['write/actors'].map((a) => a.id)]);
  const after = new Map<string, Counted | undefined>();
  for (const e of plan.rows['write/events'])
    after.set(
      e.id,
      counted(
        e,
        e.kind,
        e.participants.map((p) => p.actorId),
        actors,
      ),
    );
  for (const s of plan.rows['write/statements'])
    after.set(s.id, counted(s, s.kind.toLowerCase(), [s.speakerId], actors));
  return after;
}

export interface DensityDeltas {
  counts: Array<{ lane: string; day: Integer; n: Integer }>;
  totals: Array<{ lane: string; group: string; n: Integer }>;
}

/** The net change per (lane, day) and per lane that the batch makes to the table (rows that net to 0 left out). */
export function densityDeltas(memory: NonNullable<DensityMemory>, plan: ClaimWrite): DensityDeltas {
  const byDay = new Map<string, { lane: string; day: number; n: number }>();
  const byLane = new Map<string, number>();
  const add = (item: Counted | undefined, sign: number) => {
    for (const lane of item?.lanes ?? []) {
      const key = `${item!.day} ${lane}`;
      const d = byDay.get(key) ?? { lane, day: item!.day, n: 0 };
      byDay.set(key, { ...d, n: d.n + sign });
      byLane.set(lane, (byLane.get(lane) ?? 0) + sign);
    }
  };
  for (const [id, now] of itemsAfter(memory, plan)) {
    add(memory.items.get(id), -1);
    add(now, 1);
  }
  return {
    counts: [...byDay.values()]
      .filter((d) => d.n !== 0)
      .map((d) => ({ lane: d.lane, day: neo4j.int(d.day), n: neo4j.int(d.n) })),
    totals: [...byLane]
      .filter(([, n]) => n !== 0)
      .map(([lane, n]) => ({ lane, group: lane.slice(0, 1), n: neo4j.int(n) })),
  };
}

/** Records a committed batch's items and actors (after the commit, so a retried transaction counts afresh). */
export function rememberCounted(memory: DensityMemory, plan: ClaimWrite): DensityMemory {
  if (!countsInMemory(memory, plan)) return null;
  for (const [id, now] of itemsAfter(memory, plan))
    if (now) memory.items.set(id, now);
    else memory.items.delete(id);
  for (const a of plan.rows['write/actors']) memory.actors.add(a.id);
  return memory;
}
