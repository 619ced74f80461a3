// How many timeline items match the same filters as timeline-page-actors.cypher (UNION: each counted once).
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
RETURN count(n) AS total
