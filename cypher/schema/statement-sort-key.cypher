CREATE RANGE INDEX statement_sort_key IF NOT EXISTS FOR (n:Statement) ON (n.sortKey)
