// How many timeline items match the same filters as timeline-page.
CALL () {
  MATCH (e:Event)
  WHERE (size($actorIds) = 0 OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN $actorIds })
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
  RETURN e AS n, 'Event' AS itemType
  UNION ALL
  MATCH (s:Statement)
  WHERE (size($actorIds) = 0 OR EXISTS { MATCH (a:Actor)-[:SAID]->(s) WHERE a.id IN $actorIds })
    AND (($from IS NULL AND $to IS NULL)
      OR ((s.earliest IS NOT NULL OR s.latest IS NOT NULL) AND (
           ($match = 'OVERLAPS'
             AND coalesce(s.earliest, s.latest) <= coalesce($to, '9999-12-31')
             AND coalesce(s.latest, s.earliest) >= coalesce($from, '0000-01-01'))
        OR ($match = 'POSSIBLY'
             AND coalesce(s.earliest, '0000-01-01') <= coalesce($to, '9999-12-31')
             AND coalesce(s.latest, '9999-12-31') >= coalesce($from, '0000-01-01'))
        OR ($match = 'WITHIN'
             AND s.earliest IS NOT NULL AND s.latest IS NOT NULL
             AND s.earliest >= coalesce($from, '0000-01-01') AND s.latest <= coalesce($to, '9999-12-31')))))
  RETURN s AS n, 'Statement' AS itemType
}
RETURN count(n) AS total
