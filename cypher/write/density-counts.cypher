// The density count table (server/store/neo4j/density-counts.ts): per lane and anchor day, how many dated timeline
// items have that day as their sortKey; per lane, how many in all. Lanes: 'p:<precision>', 'k:<kind as
// TimelineItem.kind shows it>', 'a:<actor id>' (each actor once per item, as density-actors.cypher counts). Runs
// with $sign = -1 before a batch's writes and +1 after them, over the items the batch touches ($ids, and the items
// of the actors it deletes, $actorIds), so the table follows every write, re-seed and removal exactly. Returns the
// ids it counted, so the +1 pass counts the same items after the writes. Days are epoch day numbers.
CALL () {
  MATCH (n:Event) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Statement) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (a:Actor)-[:PARTICIPATED_IN|SAID]->(n:TimelineItem) WHERE a.id IN $actorIds RETURN n
}
WITH n
WHERE n.earliest IS NOT NULL OR n.latest IS NOT NULL
WITH n.id AS id,
     duration.inDays(date('1970-01-01'), date(n.sortKey)).days AS day,
     ['p:' + n.precision, 'k:' + CASE WHEN n:Event THEN n.kind ELSE toLower(n.kind) END]
     + COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN|SAID]->(n) RETURN DISTINCT 'a:' + a.id } AS lanes
WITH collect(id) AS ids, collect({day: day, lanes: lanes}) AS items
CALL (items) {
  UNWIND items AS item
  UNWIND item.lanes AS lane
  WITH item.day AS day, lane, count(*) AS c
  MERGE (d:DensityCount {lane: lane, day: day})
    ON CREATE SET d.n = 0
  SET d.n = d.n + $sign * c
  WITH d WHERE d.n = 0
  DELETE d
}
CALL (items) {
  UNWIND items AS item
  UNWIND item.lanes AS lane
  WITH lane, count(*) AS c
  MERGE (t:DensityTotal {lane: lane})
    ON CREATE SET t.n = 0, t.group = left(lane, 1)
  SET t.n = t.n + $sign * c
  WITH t WHERE t.n = 0
  DELETE t
}
RETURN ids
