// Events with their participants and evidence. Fields and participants are reconciled from all sources' claims by the
// writer; a participant or link no source claims any more is removed (a unit CALL keeps its row when MATCH finds none).
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
// Labels the timeline's window queries read apart (spanLabels in server/store/neo4j/property-codecs.ts); a re-load re-derives them.
REMOVE e:LongSpan:OpenSpan
FOREACH (_ IN CASE WHEN row.longSpan THEN [1] ELSE [] END | SET e:LongSpan)
FOREACH (_ IN CASE WHEN row.openSpan THEN [1] ELSE [] END | SET e:OpenSpan)
SET e.claims = row.claims,
    e.reportedBy = row.reportedBy,
    e.disputedFields = row.disputedFields
// :Disputed marks nodes with a disputed field, for Query.disputes (read/dispute-page).
REMOVE e:Disputed
FOREACH (_ IN CASE WHEN row.disputed THEN [1] ELSE [] END | SET e:Disputed)
WITH e, row
CALL (e, row) {
  MATCH (a:Actor)-[old:PARTICIPATED_IN]->(e)
  WHERE NOT {actorId: a.id, role: old.role} IN row.participants
  DELETE old
}
CALL (e, row) {
  MATCH (e)-[old:LINKS_TO]->(t:Event)
  WHERE NOT (old.type + '|' + t.id) IN row.linkKeys
  DELETE old
}
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
