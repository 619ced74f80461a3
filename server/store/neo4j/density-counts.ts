// The writer's density-count step (cypher/write/density-counts.cypher): around a batch's writes, the items the
// batch touches are uncounted as they were and counted again as they are, in the same transaction, so the count
// table that density reads (neo4j-density-counts.ts) always equals a live count. A step of its own, apart from the
// write steps (write-steps.ts), because it needs the graph both before and after them. A first seed counts in
// memory instead and writes the table at its end (density-table.ts).
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { ClaimWrite } from './claim-rows.ts';
import { countsInMemory, writeDensityTable, type DensityMemory } from './density-table.ts';

export const DENSITY_COUNT_QUERIES = ['write/density-counts', 'write/density-table', 'write/density-complete'] as const;

type Queries = Record<(typeof DENSITY_COUNT_QUERIES)[number], string>;

/**
 * Runs `writes` and keeps the table equal to the items: when `memory` counts the batch, it only runs them (the
 * writer remembers the batch once it commits); else between the uncount and the recount of the timeline items the
 * plan touches (its events and statements, those it deletes, and the items of actors it deletes: their lanes go),
 * after writing what `memory` counted so far, if anything, so that the table is whole from here on.
 * `graphWasEmpty`: the write began on an empty graph, so the table counts every item and is marked complete.
 */
export async function keepingDensityCounts(
  tx: ManagedTransaction,
  queries: Queries,
  plan: ClaimWrite,
  graphWasEmpty: boolean,
  memory: DensityMemory,
  writes: () => Promise<void>,
): Promise<void> {
  if (countsInMemory(memory, plan)) return writes();
  if (memory !== null) await writeDensityTable(tx, queries['write/density-table'], memory, false);
  const ids = [
    ...plan.rows['write/events'].map((r) => r.id),
    ...plan.rows['write/statements'].map((r) => r.id),
    ...plan.orphans.filter((o) => o.type === 'Event' || o.type === 'Statement').map((o) => o.id),
  ];
  const actorIds = plan.orphans.filter((o) => o.type === 'Actor').map((o) => o.id);
  // Integer signs: a float one would store the counts as floats, unlike the ones density-table.ts writes.
  const before = await tx.run(queries['write/density-counts'], { ids, actorIds, sign: neo4j.int(-1) });
  await writes();
  const counted = before.records[0]?.get('ids') as string[] | undefined;
  await tx.run(queries['write/density-counts'], {
    ids: [...ids, ...(counted ?? [])],
    actorIds: [],
    sign: neo4j.int(1),
  });
  if (graphWasEmpty) await tx.run(queries['write/density-complete']);
}
