// The reads a restarted Neo4j should plan before traffic returns: it has lost its query plans, and planning each
// one cold takes seconds on a busy machine. The readiness monitor runs this after an outage, until a run is quick,
// before /ready says 200 again.
import type { GraphStore } from '../store.ts';

type Reads = Pick<GraphStore, 'listActors' | 'listEvents' | 'listStatements' | 'timeline'>;

/** The first reads clients send, one row each, side by side: different queries, so no plan is compiled twice. */
export async function warmUp(store: Reads): Promise<void> {
  const all = { window: { from: null, to: null }, match: 'OVERLAPS' as const, actorIds: [], first: 1, after: null };
  const page = { first: 1, after: null };
  await Promise.all([
    store.listActors({ kind: null, search: null, ...page }),
    store.listEvents({ ...all, kinds: [] }),
    store.listStatements({ speakerId: null, ...page }),
    store.timeline(all),
  ]);
}
