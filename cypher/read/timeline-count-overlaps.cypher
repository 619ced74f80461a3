// How many timeline items match an OVERLAPS window (see timeline-page-overlaps.cypher), each counted once.
// An item keyed inside the window overlaps it (its latest bound is never before its earliest), so that part is
// counted from the index alone; only the items keyed up to 62 days before it and the :LongSpan ones are tested, the
// former in the (sortKey, latest) index as in timeline-page-overlaps.cypher.
CALL () {
  MATCH (n:TimelineItem)
  USING INDEX n:TimelineItem(sortKey, id)
  WHERE n.sortKey >= $from AND n.sortKey <= $seekTo AND n.id IS NOT NULL
  RETURN count(n) AS c
  UNION ALL
  MATCH (n:TimelineItem)
  WHERE n.sortKey >= $seekFrom AND n.sortKey < $from AND n.latest >= $from
  RETURN count(n) AS c
  UNION ALL
  MATCH (n:LongSpan)
  WHERE (n.sortKey < $seekFrom OR n.sortKey > $seekTo) AND n.earliest <= $to AND n.latest >= $from
  RETURN count(n) AS c
}
RETURN sum(c) AS total
