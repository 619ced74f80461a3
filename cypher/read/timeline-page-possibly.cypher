// One keyset page of the timeline in a POSSIBLY window, no actors: an open bound reaches forever, so besides the
// sortKey range (as in timeline-page-overlaps.cypher) long and open-ended items are read apart.
// Open window ends come as '0000-01-01' / '9999-12-31'.
CALL () {
  MATCH (n:TimelineItem)
  USING INDEX n:TimelineItem(sortKey, id)
  WHERE n.sortKey >= $seekFrom AND n.sortKey >= $pageFrom AND n.sortKey <= $seekTo AND n.id IS NOT NULL
    AND coalesce(n.latest, '9999-12-31') >= $from
    AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
  RETURN n ORDER BY n.sortKey, n.id LIMIT $limit
  UNION
  MATCH (n:LongSpan|OpenSpan)
  WHERE coalesce(n.earliest, '0000-01-01') <= $to AND coalesce(n.latest, '9999-12-31') >= $from
    AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
  RETURN n ORDER BY n.sortKey, n.id LIMIT $limit
}
RETURN CASE WHEN n:Event THEN 'Event' ELSE 'Statement' END AS itemType, n.id AS id, n.sortKey AS key
ORDER BY key, id
LIMIT $limit
