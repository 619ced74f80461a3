// How many timeline items match the same filters as timeline-page.
CALL () {
  MATCH (e:Event)
  WHERE (size($actorIds) = 0 OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN $actorIds })
    // The date window (server/store/window.ts): no bounds matches everything; OVERLAPS = may have happened in it,
    // WITHIN = both bounds known and inside it; an open end of the item or the window reaches forever.
    AND (($from IS NULL AND $to IS NULL)
      OR ($match = 'WITHIN' AND e.earliest IS NOT NULL AND e.latest IS NOT NULL
          AND e.earliest >= coalesce($from, '0000-01-01') AND e.latest <= coalesce($to, '9999-12-31'))
      OR ($match = 'OVERLAPS' AND e.edtf IS NOT NULL
          AND coalesce(e.earliest, '0000-01-01') <= coalesce($to, '9999-12-31')
          AND coalesce(e.latest, '9999-12-31') >= coalesce($from, '0000-01-01')))
  RETURN e AS n, 'Event' AS itemType
  UNION ALL
  MATCH (s:Statement)
  WHERE (size($actorIds) = 0 OR EXISTS { MATCH (a:Actor)-[:SAID]->(s) WHERE a.id IN $actorIds })
    AND (($from IS NULL AND $to IS NULL)
      OR ($match = 'WITHIN' AND s.earliest IS NOT NULL AND s.latest IS NOT NULL
          AND s.earliest >= coalesce($from, '0000-01-01') AND s.latest <= coalesce($to, '9999-12-31'))
      OR ($match = 'OVERLAPS' AND s.edtf IS NOT NULL
          AND coalesce(s.earliest, '0000-01-01') <= coalesce($to, '9999-12-31')
          AND coalesce(s.latest, '9999-12-31') >= coalesce($from, '0000-01-01')))
  RETURN s AS n, 'Statement' AS itemType
}
RETURN count(n) AS total
