// One keyset page of the timeline in an OVERLAPS window (server/store/window.ts), no actors, in three branches that
// each stop at $limit. An item keyed inside the window overlaps it (its latest bound is never before its earliest),
// so those are read in index order with no test. Short items keyed in the look-back [$seekFrom, $from)
// (span-reach.ts) overlap if their latest bound reaches $from: the (sortKey, latest) index answers that without
// reading the store (the planner picks it; an item without a latest bound never reaches past its key). :LongSpan
// items, which the range can miss, are few and read apart. Open window ends come as '0000-01-01' / '9999-12-31'.
// Each branch hands on the key and id it already holds, so the merge reads no property again.
CALL () {
  MATCH (n:TimelineItem)
  USING INDEX n:TimelineItem(sortKey, id)
  WHERE n.sortKey >= $from AND n.sortKey >= $pageFrom AND n.sortKey <= $seekTo AND n.id IS NOT NULL
    AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
  RETURN n.sortKey AS key, n.id AS id, n ORDER BY key, id LIMIT $limit
  UNION
  MATCH (n:TimelineItem)
  WHERE n.sortKey >= $seekFrom AND n.sortKey >= $pageFrom AND n.sortKey < $from AND n.latest >= $from
    AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
  RETURN n.sortKey AS key, n.id AS id, n ORDER BY key, id LIMIT $limit
  UNION
  MATCH (n:LongSpan)
  WHERE n.earliest <= $to AND n.latest >= $from
    AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
  RETURN n.sortKey AS key, n.id AS id, n ORDER BY key, id LIMIT $limit
}
WITH key, id, n ORDER BY key, id LIMIT $limit
RETURN CASE WHEN n:Event THEN 'Event' ELSE 'Statement' END AS itemType, id, key
