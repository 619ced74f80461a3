// One keyset page of the timeline for some actors: events they take part in and statements they make, found from
// the actors (a few hundred items even for a hub), then filtered by the window of server/store/window.ts and sorted.
CALL () {
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) WHERE a.id IN $actorIds
  RETURN e AS n
  UNION
  MATCH (a:Actor)-[:SAID]->(s:Statement) WHERE a.id IN $actorIds
  RETURN s AS n
}
WITH n
WHERE (($from IS NULL AND $to IS NULL)
    OR ((n.earliest IS NOT NULL OR n.latest IS NOT NULL) AND (
         ($match = 'OVERLAPS'
           AND coalesce(n.earliest, n.latest) <= coalesce($to, '9999-12-31')
           AND coalesce(n.latest, n.earliest) >= coalesce($from, '0000-01-01'))
      OR ($match = 'POSSIBLY'
           AND coalesce(n.earliest, '0000-01-01') <= coalesce($to, '9999-12-31')
           AND coalesce(n.latest, '9999-12-31') >= coalesce($from, '0000-01-01'))
      OR ($match = 'WITHIN'
           AND n.earliest IS NOT NULL AND n.latest IS NOT NULL
           AND n.earliest >= coalesce($from, '0000-01-01') AND n.latest <= coalesce($to, '9999-12-31')))))
  AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
RETURN CASE WHEN n:Event THEN 'Event' ELSE 'Statement' END AS itemType, n.id AS id, n.sortKey AS key
ORDER BY key, id
LIMIT $limit
