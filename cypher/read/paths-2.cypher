// Every shortest path of at most 2 hop(s) between two actors, the first $limit by the ids along them (the order
// the embedded store's breadth-first search gives). Relationships are nodes, so one hop is two graph edges: Actor
// <-FROM|TO- Relationship -FROM|TO-> Actor, walked either way. A variable-length bound cannot be a parameter, so
// there is one file per maxHops (1..MAX_PATH_HOPS): the search stops at its bound instead of filtering after it.
MATCH (a:Actor {id: $fromId}), (b:Actor {id: $toId})
MATCH p = allShortestPaths((a)-[:FROM|TO*..4]-(b))
WITH p, [n IN nodes(p) | n.id] AS ids
ORDER BY ids
LIMIT $limit
RETURN [n IN nodes(p) WHERE n:Actor | n.id] AS actorIds, [n IN nodes(p) WHERE n:Relationship | n.id] AS relationshipIds
