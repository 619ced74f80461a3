// A bulk first seed's marker (server/store/neo4j/bulk-seed.ts), committed before any of its data: while it exists
// the graph is a partial load. The pass removes it in its last transaction (write/seed-finished); a seed that finds
// it (the pass was killed) wipes the partial load and starts again.
CREATE (:SeedInProgress {id: 'graph', startedAt: datetime()})
