// One keyset page of the whole timeline (no window, no actors), read in (sortKey, id) index order so it stops at
// $limit. $pageFrom is the cursor's key (or '' for the first page): a range the index can seek.
MATCH (n:TimelineItem)
USING INDEX n:TimelineItem(sortKey, id)
WHERE n.sortKey >= $pageFrom AND n.id IS NOT NULL
  AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
RETURN CASE WHEN n:Event THEN 'Event' ELSE 'Statement' END AS itemType, n.id AS id, n.sortKey AS key
ORDER BY n.sortKey, n.id
LIMIT $limit
