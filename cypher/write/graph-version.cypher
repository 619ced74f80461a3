// Bumps the graph version in the seed's write transaction, so it changes exactly when facts commit: cacheable reads
// (server/http/graph-version-cache.ts) derive their ETags from it. One bookkeeping node, not a fact.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = randomUUID(), v.changedAt = datetime()
