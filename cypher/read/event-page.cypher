// One keyset page of event ids by (sortKey, id), filtered by date window, kinds, participating actors
// and reporting sources (null: any).
// $limit is one more than the page size, so the caller sees whether another page follows.
MATCH (e:Event)
WHERE (size($kinds) = 0 OR e.kind IN $kinds)
  AND (size($actorIds) = 0 OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN $actorIds })
  AND ($sourceIds IS NULL OR any(x IN e.reportedBy WHERE x IN $sourceIds))
  // The date window, as server/store/window.ts defines it: no bounds matches everything; an item needs a
  // known bound; OVERLAPS reads an open end as the known one, POSSIBLY as forever, WITHIN needs both inside.
  AND (($from IS NULL AND $to IS NULL)
    OR ((e.earliest IS NOT NULL OR e.latest IS NOT NULL) AND (
         ($match = 'OVERLAPS'
           AND coalesce(e.earliest, e.latest) <= coalesce($to, '9999-12-31')
           AND coalesce(e.latest, e.earliest) >= coalesce($from, '0000-01-01'))
      OR ($match = 'POSSIBLY'
           AND coalesce(e.earliest, '0000-01-01') <= coalesce($to, '9999-12-31')
           AND coalesce(e.latest, '9999-12-31') >= coalesce($from, '0000-01-01'))
      OR ($match = 'WITHIN'
           AND e.earliest IS NOT NULL AND e.latest IS NOT NULL
           AND e.earliest >= coalesce($from, '0000-01-01') AND e.latest <= coalesce($to, '9999-12-31')))))
  AND ($afterKey IS NULL OR e.sortKey > $afterKey OR (e.sortKey = $afterKey AND e.id > $afterId))
RETURN e.id AS id, e.sortKey AS key
ORDER BY e.sortKey, e.id
LIMIT $limit
