// How many timeline items match a WITHIN window (see timeline-page-within.cypher).
MATCH (n:TimelineItem)
USING INDEX n:TimelineItem(sortKey, id)
WHERE n.sortKey >= $seekFrom AND n.sortKey <= $seekTo AND n.id IS NOT NULL
  AND n.earliest >= $from AND n.latest <= $to
RETURN count(n) AS total
