// The reads a restarted Neo4j should plan before traffic returns: it has lost its query plans, and planning each
// one cold takes seconds on a busy machine. The readiness monitor runs this after an outage, before /ready says 200.
import type { GraphStore } from '../store.ts';

type Reads = Pick<GraphStore, 'listActors' | 'listEvents' | 'listStatements' | 'timeline'>;

/** The first reads clients send, one row each, in turn. */
export async function warmUp(store: Reads): Promise<void> {
  const all = { window: { from: null, to: null }, match: 'OVERLAPS' as const, actorIds: [], first: 1, after: null };
  await store.listActors({ kind: null, search: null, first: 1, after: null });
  await store.listEvents({ ...all, kinds: [] });
  await store.listStatements({ speakerId: null, first: 1, after: null });
  await store.timeline(all);
}
