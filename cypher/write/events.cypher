// Events with their participants and evidence; participants (actor, role) are unioned across articles.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.title = row.title,
    e.kind = row.kind,
    e.description = row.description,
    e.location = row.location,
    e.edtf = row.edtf,
    e.earliest = row.earliest,
    e.latest = row.latest,
    e.precision = row.precision,
    e.label = row.label,
    e.sortKey = row.sortKey,
    e:TimelineItem
// Labels the timeline's window queries read apart (server/store/neo4j/span-reach.ts); a re-load re-derives them.
REMOVE e:LongSpan:OpenSpan
FOREACH (_ IN CASE WHEN row.longSpan THEN [1] ELSE [] END | SET e:LongSpan)
FOREACH (_ IN CASE WHEN row.openSpan THEN [1] ELSE [] END | SET e:OpenSpan)
WITH e, row
CALL (e, row) {
  UNWIND row.participants AS p
  MATCH (a:Actor {id: p.actorId})
  MERGE (a)-[:PARTICIPATED_IN {role: p.role}]->(e)
}
CALL (e, row) {
  UNWIND row.evidenceIds AS evidenceId
  MATCH (ev:Evidence {id: evidenceId})
  MERGE (e)-[:SUPPORTED_BY]->(ev)
}
