// Marks the density count table as complete (read/density-counted.cypher): written by a seed into an empty graph,
// which counts every item it writes. A graph seeded before the table existed has no marker, and density reads it
// live until it is seeded afresh.
MERGE (:DensityCounts {id: 'graph'})
