// Whether the density count table is complete (cypher/write/density-complete.cypher), so density may read it.
OPTIONAL MATCH (m:DensityCounts {id: 'graph'})
RETURN m IS NOT NULL AS counted
