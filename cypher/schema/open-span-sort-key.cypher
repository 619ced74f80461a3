// Open items anchored outside a window that may reach into it (read/density-edge.cypher), as long-span-sort-key.
CREATE RANGE INDEX open_span_sort_key IF NOT EXISTS FOR (n:OpenSpan) ON (n.sortKey)
