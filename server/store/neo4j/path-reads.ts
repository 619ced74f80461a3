// Shortest paths between two actors: one query per hop bound (a variable-length bound must be a literal),
// then the relationships on them hydrated in one batch.
import type { ManagedTransaction } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { ActorPath, PathQuery } from '../store.ts';
import type { ByIdReads } from './by-id-reads.ts';
import type { CypherReader } from './cypher-reader.ts';
import { PATH_QUERIES } from './read-queries.ts';

export async function readPaths(
  tx: ManagedTransaction,
  reader: CypherReader,
  byId: ByIdReads,
  q: PathQuery,
): Promise<ActorPath[]> {
  const query = PATH_QUERIES[Math.min(PATH_QUERIES.length, Math.max(1, Math.trunc(q.maxHops))) - 1]!;
  const params = { fromId: q.fromId, toId: q.toId, limit: neo4j.int(q.limit) };
  const rows = (await reader.rows(tx, query, params)).map((r) => ({
    actorIds: (r.actorIds as unknown[]).map(String),
    relationshipIds: (r.relationshipIds as unknown[]).map(String),
  }));
  const found = await byId.relationships(
    tx,
    rows.flatMap((r) => r.relationshipIds),
  );
  const relationshipById = new Map(found.filter((r) => r !== null).map((r) => [r.id, r]));
  return rows.flatMap(({ actorIds, relationshipIds }) => {
    const relationships = relationshipIds.map((id) => relationshipById.get(id));
    // A relationship deleted between the two reads drops its path rather than leaving a gap in it.
    return relationships.every((r) => r !== undefined) ? [{ actorIds, relationships }] : [];
  });
}
