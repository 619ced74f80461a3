// How many events match the same filters as event-page, ignoring the cursor.
MATCH (e:Event)
WHERE (size($kinds) = 0 OR e.kind IN $kinds)
  AND (size($actorIds) = 0 OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN $actorIds })
  AND ($sourceIds IS NULL OR any(x IN e.reportedBy WHERE x IN $sourceIds))
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
RETURN count(e) AS total
