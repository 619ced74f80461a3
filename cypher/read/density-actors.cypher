// Timeline density by actor (server/store/density.ts): the items of density-kinds.cypher, counted per actor that
// takes part in or says them (once per item, whatever its roles), only $actorIds when given; the busiest $lanes
// actors, ties by id. Buckets as in density-kinds.cypher.
CALL () {
  MATCH (n:TimelineItem)
  USING INDEX n:TimelineItem(sortKey, id)
  WHERE n.sortKey >= $seekFrom AND n.sortKey <= $seekTo AND n.id IS NOT NULL
  RETURN n
  UNION ALL
  MATCH (n:LongSpan|OpenSpan)
  WHERE n.sortKey < $seekFrom OR n.sortKey > $seekTo
  RETURN n
}
WITH n
WHERE (n.earliest IS NOT NULL OR n.latest IS NOT NULL)
  AND (($match = 'OVERLAPS'
        AND coalesce(n.earliest, n.latest) <= $to AND coalesce(n.latest, n.earliest) >= $from)
    OR ($match = 'POSSIBLY'
        AND coalesce(n.earliest, '0000-01-01') <= $to AND coalesce(n.latest, '9999-12-31') >= $from)
    OR ($match = 'WITHIN'
        AND n.earliest IS NOT NULL AND n.latest IS NOT NULL AND n.earliest >= $from AND n.latest <= $to))
// Bucket per day first, before fanning out to actors: the date arithmetic then runs once per day, not once per
// (actor, day) pair (some thousands against tens of thousands at 20k events).
WITH CASE WHEN n.sortKey < $from THEN $from WHEN n.sortKey > $to THEN $to ELSE n.sortKey END AS day, collect(n) AS items
WITH duration.inDays(date($from), date(day)).days / $width AS bucket, items
UNWIND items AS n
MATCH (a:Actor)-[:PARTICIPATED_IN|SAID]->(n)
WHERE size($actorIds) = 0 OR a.id IN $actorIds
WITH a, bucket, count(DISTINCT n) AS c
ORDER BY bucket
WITH a, collect(bucket) AS buckets, collect(c) AS counts, sum(c) AS total
ORDER BY total DESC, a.id
LIMIT $lanes
RETURN a.id AS key, a.name AS label, buckets, counts
