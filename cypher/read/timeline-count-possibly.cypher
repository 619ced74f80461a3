// How many timeline items match a POSSIBLY window (see timeline-page-possibly.cypher), each counted once.
// As in timeline-count-overlaps.cypher, items keyed inside the window all match and are counted from the index.
CALL () {
  MATCH (n:TimelineItem)
  USING INDEX n:TimelineItem(sortKey, id)
  WHERE n.sortKey >= $from AND n.sortKey <= $seekTo AND n.id IS NOT NULL
  RETURN count(n) AS c
  UNION ALL
  MATCH (n:TimelineItem)
  USING INDEX n:TimelineItem(sortKey, id)
  WHERE n.sortKey >= $seekFrom AND n.sortKey < $from AND n.id IS NOT NULL
    AND coalesce(n.latest, '9999-12-31') >= $from
  RETURN count(n) AS c
  UNION ALL
  MATCH (n:LongSpan|OpenSpan)
  WHERE (n.sortKey < $seekFrom OR n.sortKey > $seekTo)
    AND coalesce(n.earliest, '0000-01-01') <= $to AND coalesce(n.latest, '9999-12-31') >= $from
  RETURN count(n) AS c
}
RETURN sum(c) AS total
