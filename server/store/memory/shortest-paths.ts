// Every shortest path between two actors by breadth-first search, in the order cypher/read/paths-*.cypher give:
// by the ids along the path (actor, relationship, actor, ...), so both stores answer path for path alike.
import type { Relationship } from '../../../core/domain/types.ts';
import type { ActorPath, PathQuery } from '../store.ts';

/** Relationships by actor, each actor's list sorted by relationship id (a self-relationship listed once). */
export type Adjacency = ReadonlyMap<string, readonly Relationship[]>;

const otherEnd = (r: Relationship, id: string) => (r.sourceId === id ? r.targetId : r.sourceId);

export function shortestPaths(adjacency: Adjacency, q: PathQuery): ActorPath[] {
  if (q.fromId === q.toId || !adjacency.has(q.fromId) || !adjacency.has(q.toId)) return [];
  // Distances to the target, from a search that starts there and stops at the level that reaches the source.
  const distance = new Map<string, number>([[q.toId, 0]]);
  let frontier = [q.toId];
  for (let hop = 1; hop <= q.maxHops && frontier.length > 0 && !distance.has(q.fromId); hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const r of adjacency.get(id) ?? []) {
        const other = otherEnd(r, id);
        if (!distance.has(other)) {
          distance.set(other, hop);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  if (!distance.has(q.fromId)) return [];

  // Depth-first from the source, always one step closer to the target; relationships in id order, so paths come
  // out in the order of the ids along them and the walk stops at the limit.
  const paths: ActorPath[] = [];
  const actorIds = [q.fromId];
  const relationships: Relationship[] = [];
  const walk = (id: string): void => {
    if (id === q.toId) {
      paths.push({ actorIds: [...actorIds], relationships: [...relationships] });
      return;
    }
    const closer = distance.get(id)! - 1;
    for (const r of adjacency.get(id) ?? []) {
      if (paths.length >= q.limit) return;
      const other = otherEnd(r, id);
      if (distance.get(other) !== closer) continue;
      actorIds.push(other);
      relationships.push(r);
      walk(other);
      actorIds.pop();
      relationships.pop();
    }
  };
  walk(q.fromId);
  return paths;
}
