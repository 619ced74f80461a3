// The density count table as a first seed counted it (server/store/neo4j/density-table.ts), written once into a
// graph that holds none of it: per (lane, day) and per lane, how many items. Run in chunks of rows; the last chunk
// marks the table complete (as write/density-complete does), in the same transaction.
CALL () {
  UNWIND $counts AS row
  CREATE (:DensityCount {lane: row.lane, day: row.day, n: row.n})
}
CALL () {
  UNWIND $totals AS row
  CREATE (:DensityTotal {lane: row.lane, group: row.group, n: row.n})
}
CALL () {
  WITH $complete AS complete
  WHERE complete
  MERGE (:DensityCounts {id: 'graph'})
}
