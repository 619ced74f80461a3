CREATE RANGE INDEX relationship_latest IF NOT EXISTS FOR (n:Relationship) ON (n.latest)
