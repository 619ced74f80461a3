// How many timeline items match the same filters as timeline-page-sources.
MATCH (src:Source)<-[:IN]-(:Evidence)<-[:SUPPORTED_BY]-(n:TimelineItem)
WHERE src.id IN $sourceIds
WITH DISTINCT n
WHERE any(x IN n.reportedBy WHERE x IN $sourceIds)
  AND (size($actorIds) = 0 OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN|SAID]->(n) WHERE a.id IN $actorIds })
  AND (($from IS NULL AND $to IS NULL)
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
