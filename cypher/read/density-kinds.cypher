// Timeline density by kind and precision (server/store/density.ts): the items timeline would list for the window
// and actors, each counted once in the bucket of its anchor day (sortKey moved into [$from, $to]). Items are read
// from the (sortKey, id) index range [$seekFrom, $seekTo] (span-reach.ts) plus the :LongSpan/:OpenSpan items the
// range can miss, then tested with the predicate of window.ts. Counting per day first means the date arithmetic
// runs once per day, not per item. $width: days per bucket (an integer, so `/` divides whole numbers).
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
  AND (size($actorIds) = 0 OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN|SAID]->(n) WHERE a.id IN $actorIds })
WITH CASE WHEN n.sortKey < $from THEN $from WHEN n.sortKey > $to THEN $to ELSE n.sortKey END AS day,
     CASE WHEN n:Event THEN n.kind ELSE toLower(n.kind) END AS key,
     n.precision AS precision,
     count(*) AS c
WITH duration.inDays(date($from), date(day)).days / $width AS bucket, key, precision, c
RETURN key, precision, bucket, sum(c) AS count
