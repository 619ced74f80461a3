// One keyset page of event ids by (sortKey, id), filtered by date window, kinds and participating actors.
MATCH (e:Event)
WHERE (size($kinds) = 0 OR e.kind IN $kinds)
  AND (size($actorIds) = 0 OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN $actorIds })
  // The date window (server/store/window.ts): no bounds matches everything; OVERLAPS = may have happened in it,
  // WITHIN = both bounds known and inside it; an open end of the item or the window reaches forever.
  AND (($from IS NULL AND $to IS NULL)
    OR ($match = 'WITHIN' AND e.earliest IS NOT NULL AND e.latest IS NOT NULL
        AND e.earliest >= coalesce($from, '0000-01-01') AND e.latest <= coalesce($to, '9999-12-31'))
    OR ($match = 'OVERLAPS' AND e.edtf IS NOT NULL
        AND coalesce(e.earliest, '0000-01-01') <= coalesce($to, '9999-12-31')
        AND coalesce(e.latest, '9999-12-31') >= coalesce($from, '0000-01-01')))
  AND ($afterKey IS NULL OR e.sortKey > $afterKey OR (e.sortKey = $afterKey AND e.id > $afterId))
RETURN e.id AS id, e.sortKey AS key
ORDER BY e.sortKey, e.id
LIMIT $limit
