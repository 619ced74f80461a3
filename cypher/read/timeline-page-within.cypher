// One keyset page of the timeline in a WITHIN window, no actors: both bounds inside the window, so the earliest
// bound (the sortKey) lies in [$from, $to] and one range read in index order finds every match.
// Open window ends come as '0000-01-01' / '9999-12-31'.
MATCH (n:TimelineItem)
USING INDEX n:TimelineItem(sortKey, id)
WHERE n.sortKey >= $seekFrom AND n.sortKey >= $pageFrom AND n.sortKey <= $seekTo AND n.id IS NOT NULL
  AND n.earliest >= $from AND n.latest <= $to
  AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
RETURN CASE WHEN n:Event THEN 'Event' ELSE 'Statement' END AS itemType, n.id AS id, n.sortKey AS key
ORDER BY n.sortKey, n.id
LIMIT $limit
