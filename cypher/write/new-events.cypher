// Events the writer knows to be new (see server/store/neo4j/write-steps.ts): the same node as write/events
// leaves, made with CREATE. DISTINCT, because MERGE would not repeat a participant or evidence link that a row lists
// twice.
// searchText: a bulk first seed's rows carry it (one statement, not a second look-up per node); the batch path's
// carry none (null sets nothing) and write/search-texts sets it after.
UNWIND $rows AS row
CREATE (e:Event:TimelineItem {id: row.id})
SET e.title = row.title,
    e.kind = row.kind,
    e.description = row.description,
    e.location = row.location,
    e.edtf = row.edtf,
    e.earliest = row.earliest,
    e.latest = row.latest,
    e.precision = row.precision,
    e.label = row.label,
    e.sortKey = row.sortKey
FOREACH (_ IN CASE WHEN row.longSpan THEN [1] ELSE [] END | SET e:LongSpan)
FOREACH (_ IN CASE WHEN row.openSpan THEN [1] ELSE [] END | SET e:OpenSpan)
SET e.claims = row.claims,
    e.reportedBy = row.reportedBy,
    e.disputedFields = row.disputedFields,
    e.searchText = row.searchText
FOREACH (_ IN CASE WHEN row.disputed THEN [1] ELSE [] END | SET e:Disputed)
WITH e, row
CALL (e, row) {
  UNWIND row.participants AS p
  WITH DISTINCT p.actorId AS actorId, p.role AS role
  MATCH (a:Actor {id: actorId})
  CREATE (a)-[:PARTICIPATED_IN {role: role}]->(e)
}
CALL (e, row) {
  UNWIND row.evidenceIds AS evidenceId
  WITH DISTINCT evidenceId
  MATCH (ev:Evidence {id: evidenceId})
  CREATE (e)-[:SUPPORTED_BY]->(ev)
}
