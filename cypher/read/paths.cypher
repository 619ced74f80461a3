// Every shortest path between two actors, the first $limit by the ids along them (the order the embedded
// store's breadth-first search gives). Relationships are nodes, so one hop is two graph edges: Actor <-FROM|TO-
// Relationship -FROM|TO-> Actor, walked either way. A variable-length bound cannot be a parameter: 8 edges is
// MAX_PATH_HOPS (4) hops, and $maxHops (1..4) filters after the search, which keeps allShortestPaths' planning.
MATCH (a:Actor {id: $fromId}), (b:Actor {id: $toId})
MATCH p = allShortestPaths((a)-[:FROM|TO*..8]-(b))
WITH p
WHERE length(p) <= 2 * $maxHops
WITH p, [n IN nodes(p) | n.id] AS ids
ORDER BY ids
LIMIT $limit
RETURN [n IN nodes(p) WHERE n:Actor | n.id] AS actorIds, [n IN nodes(p) WHERE n:Relationship | n.id] AS relationshipIds
