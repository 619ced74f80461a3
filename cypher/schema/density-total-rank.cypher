// Lanes of one group ('a' actors, 'k' kinds) most items first (read/density-count-ranked.cypher).
CREATE RANGE INDEX density_total_rank IF NOT EXISTS FOR (t:DensityTotal) ON (t.group, t.n)
