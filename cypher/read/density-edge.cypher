// The items a density window holds whose anchor day (sortKey) lies outside it: short items starting up to
// SHORT_SPAN_DAYS before $from ([$seekFrom, $from)) and the :LongSpan/:OpenSpan items beyond that or after $to (by
// their sortKey indexes: a whole-range window reads next to none; the two labels never share an item), tested
// with the predicate of window.ts (OVERLAPS or POSSIBLY). Per side (before or after the window) and lane, as the
// count table keys them (cypher/write/density-counts.cypher): the rest of a window comes from that table.
CALL () {
  MATCH (n:TimelineItem)
  USING INDEX n:TimelineItem(sortKey, id)
  WHERE n.sortKey >= $seekFrom AND n.sortKey < $from AND n.id IS NOT NULL
  RETURN n
  UNION ALL
  MATCH (n:LongSpan) WHERE n.sortKey < $seekFrom RETURN n
  UNION ALL
  MATCH (n:OpenSpan) WHERE n.sortKey < $seekFrom RETURN n
  UNION ALL
  // Only an open item with a latest bound alone can match from after the window (POSSIBLY); a long item cannot.
  MATCH (n:OpenSpan) WHERE n.sortKey > $to RETURN n
}
WITH n
WHERE (n.earliest IS NOT NULL OR n.latest IS NOT NULL)
  AND (($match = 'OVERLAPS'
        AND coalesce(n.earliest, n.latest) <= $to AND coalesce(n.latest, n.earliest) >= $from)
    OR ($match = 'POSSIBLY'
        AND coalesce(n.earliest, '0000-01-01') <= $to AND coalesce(n.latest, '9999-12-31') >= $from))
WITH n.sortKey > $to AS after,
     ['p:' + n.precision, 'k:' + CASE WHEN n:Event THEN n.kind ELSE toLower(n.kind) END]
     + COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN|SAID]->(n) RETURN DISTINCT 'a:' + a.id } AS lanes
UNWIND lanes AS lane
RETURN after, lane, count(*) AS n
