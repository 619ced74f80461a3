// The density count table's net change for a batch of a first seed, worked out by the writer
// (server/store/neo4j/density-deltas.ts) instead of recounted by density-counts.cypher: per (lane, day) and per lane,
// how many items the batch adds (or, when an item moved, takes away). A row that reaches 0 goes, as there.
CALL () {
  UNWIND $counts AS row
  MERGE (d:DensityCount {lane: row.lane, day: row.day})
    ON CREATE SET d.n = 0
  SET d.n = d.n + row.n
  WITH d WHERE d.n = 0
  DELETE d
}
CALL () {
  UNWIND $totals AS row
  MERGE (t:DensityTotal {lane: row.lane})
    ON CREATE SET t.n = 0, t.group = row.group
  SET t.n = t.n + row.n
  WITH t WHERE t.n = 0
  DELETE t
}
