// Before a seed writes (server/store/neo4j/bulk-seed.ts): whether the graph holds no data at all, so a first seed
// may write every node with CREATE in one bulk pass, and whether an earlier bulk pass left its marker (it was killed
// before it finished: what it wrote is a partial graph, to be wiped). Bookkeeping nodes (the graph version, the
// density table's completeness marker) don't count as data.
RETURN NOT (EXISTS { MATCH (:Source) } OR EXISTS { MATCH (:Actor) } OR EXISTS { MATCH (:Evidence) }
    OR EXISTS { MATCH (:Event) } OR EXISTS { MATCH (:Statement) } OR EXISTS { MATCH (:Relationship) }
    OR EXISTS { MATCH (:DensityCount) } OR EXISTS { MATCH (:DensityTotal) }) AS empty,
  EXISTS { MATCH (:SeedInProgress) } AS interrupted
