CREATE RANGE INDEX statement_latest IF NOT EXISTS FOR (n:Statement) ON (n.latest)
