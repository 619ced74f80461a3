// Long items anchored before a window that may reach into it, read by anchor day (read/density-edge.cypher) rather
// than by scanning every :LongSpan item: a whole-range density then reads none.
CREATE RANGE INDEX long_span_sort_key IF NOT EXISTS FOR (n:LongSpan) ON (n.sortKey)
