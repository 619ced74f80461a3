CREATE RANGE INDEX relationship_earliest IF NOT EXISTS FOR (n:Relationship) ON (n.earliest)
