// Wipes, a chunk per transaction, what a failed or killed bulk first seed wrote (server/store/neo4j/bulk-seed.ts):
// the graph held no data when it began, so every node but the graph version is the pass's own. The marker is kept
// (write/seed-finished removes it once nothing else is left), so a wipe cut short is finished by the next seed.
// Returns how many nodes it deleted: the caller repeats until none.
MATCH (n)
WHERE NOT n:GraphVersion AND NOT n:SeedInProgress
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
