CREATE RANGE INDEX relationship_sort_key IF NOT EXISTS FOR (n:Relationship) ON (n.sortKey)
