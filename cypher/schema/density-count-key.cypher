// The density count table (cypher/write/density-counts.cypher) is MERGEd by (lane, day) on every write and read by
// lane over a day range (read/density-count-lanes.cypher).
CREATE CONSTRAINT density_count_key IF NOT EXISTS FOR (d:DensityCount) REQUIRE (d.lane, d.day) IS UNIQUE
