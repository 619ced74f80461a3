// The writer's density-count step (cypher/write/density-counts.cypher): around a batch's writes, the items the
// batch touches are uncounted as they were and counted again as they are, in the same transaction, so the count
// table that density reads (neo4j-density-counts.ts) always equals a live count. A step of its own, apart from the
// write steps (write-steps.ts), because it needs the graph both before and after them.
import type { ManagedTransaction } from 'neo4j-driver';
import type { ClaimWrite } from './claim-rows.ts';

export const DENSITY_COUNT_QUERIES = ['write/density-counts', 'write/density-complete'] as const;

type Queries = Record<(typeof DENSITY_COUNT_QUERIES)[number], string>;

/**
 * Runs `writes` between the uncount and the recount of the timeline items the plan touches: its events and
 * statements, those it deletes, and the items of actors it deletes (their lanes go). `graphWasEmpty`: the write
 * began on an empty graph, so the table counts every item and is marked complete.
 */
export async function keepingDensityCounts(
  tx: ManagedTransaction,
  queries: Queries,
  plan: ClaimWrite,
  graphWasEmpty: boolean,
  writes: () => Promise<void>,
): Promise<void> {
  const ids = [
    ...plan.rows['write/events'].map((r) => r.id),
    ...plan.rows['write/statements'].map((r) => r.id),
    ...plan.orphans.filter((o) => o.type === 'Event' || o.type === 'Statement').map((o) => o.id),
  ];
  const actorIds = plan.orphans.filter((o) => o.type === 'Actor').map((o) => o.id);
  const before = await tx.run(queries['write/density-counts'], { ids, actorIds, sign: -1 });
  await writes();
  const counted = before.records[0]?.get('ids') as string[] | undefined;
  await tx.run(queries['write/density-counts'], { ids: [...ids, ...(counted ?? [])], actorIds: [], sign: 1 });
  if (graphWasEmpty) await tx.run(queries['write/density-complete']);
}
