// One keyset page of the timeline in an OVERLAPS window (server/store/window.ts), no actors. Short items are read
// in index order from the sortKey range [$seekFrom, $seekTo] (span-reach.ts), so the first branch stops at $limit;
// :LongSpan items, which the range can miss, are few and read apart. Open window ends come as '0000-01-01' /
// '9999-12-31' in $from / $to. In the range sortKey = coalesce(earliest, latest) <= $to already holds.
CALL () {
  MATCH (n:TimelineItem)
  USING INDEX n:TimelineItem(sortKey, id)
  WHERE n.sortKey >= $seekFrom AND n.sortKey >= $pageFrom AND n.sortKey <= $seekTo AND n.id IS NOT NULL
    AND coalesce(n.latest, n.earliest) >= $from
    AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
  RETURN n ORDER BY n.sortKey, n.id LIMIT $limit
  UNION
  MATCH (n:LongSpan)
  WHERE n.earliest <= $to AND n.latest >= $from
    AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
  RETURN n ORDER BY n.sortKey, n.id LIMIT $limit
}
RETURN CASE WHEN n:Event THEN 'Event' ELSE 'Statement' END AS itemType, n.id AS id, n.sortKey AS key
ORDER BY key, id
LIMIT $limit
