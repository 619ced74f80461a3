// Statements the writer knows to be new (see server/store/neo4j/write-steps.ts): the same node as
// write/statements leaves, made with CREATE, and with no old speaker or event link to look for and delete.
// searchText: a bulk first seed's rows carry it (one statement, not a second look-up per node); the batch path's
// carry none (null sets nothing) and write/search-texts sets it after.
UNWIND $rows AS row
CREATE (s:Statement:TimelineItem {id: row.id})
SET s.text = row.text,
    s.kind = row.kind,
    s.edtf = row.edtf,
    s.earliest = row.earliest,
    s.latest = row.latest,
    s.precision = row.precision,
    s.label = row.label,
    s.sortKey = row.sortKey,
    s.eventId = row.eventId
SET s.claims = row.claims,
    s.reportedBy = row.reportedBy,
    s.disputedFields = row.disputedFields,
    s.searchText = row.searchText
FOREACH (_ IN CASE WHEN row.disputed THEN [1] ELSE [] END | SET s:Disputed)
FOREACH (_ IN CASE WHEN row.longSpan THEN [1] ELSE [] END | SET s:LongSpan)
FOREACH (_ IN CASE WHEN row.openSpan THEN [1] ELSE [] END | SET s:OpenSpan)
WITH s, row
CALL (s, row) {
  MATCH (a:Actor {id: row.speakerId})
  CREATE (a)-[:SAID]->(s)
}
CALL (s, row) {
  // One MADE_AT per event any source places it at; the shown one is s.eventId.
  UNWIND row.eventIds AS eventId
  MATCH (e:Event {id: eventId})
  CREATE (s)-[:MADE_AT]->(e)
}
CALL (s, row) {
  UNWIND row.evidenceIds AS evidenceId
  WITH DISTINCT evidenceId
  MATCH (ev:Evidence {id: evidenceId})
  CREATE (s)-[:SUPPORTED_BY]->(ev)
}
