CREATE RANGE INDEX statement_earliest IF NOT EXISTS FOR (n:Statement) ON (n.earliest)
