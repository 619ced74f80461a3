// Statements: every field is reconciled from all sources' claims by the writer, so a speaker or event that changed
// is re-pointed.
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
SET s.text = row.text,
    s.kind = row.kind,
    s.edtf = row.edtf,
    s.earliest = row.earliest,
    s.latest = row.latest,
    s.precision = row.precision,
    s.label = row.label,
    s.sortKey = row.sortKey,
    s.eventId = row.eventId,
    s:TimelineItem
SET s.claims = row.claims,
    s.reportedBy = row.reportedBy,
    s.disputedFields = row.disputedFields
// :Disputed marks nodes with a disputed field, for Query.disputes (read/dispute-page).
REMOVE s:Disputed
FOREACH (_ IN CASE WHEN row.disputed THEN [1] ELSE [] END | SET s:Disputed)
// Labels the timeline's window queries read apart (spanLabels in server/store/neo4j/property-codecs.ts); a re-load re-derives them.
REMOVE s:LongSpan:OpenSpan
FOREACH (_ IN CASE WHEN row.longSpan THEN [1] ELSE [] END | SET s:LongSpan)
FOREACH (_ IN CASE WHEN row.openSpan THEN [1] ELSE [] END | SET s:OpenSpan)
WITH s, row
CALL (s, row) {
  OPTIONAL MATCH (s)<-[old:SAID]-(x:Actor)
  WHERE x.id <> row.speakerId
  DELETE old
}
CALL (s, row) {
  MATCH (a:Actor {id: row.speakerId})
  MERGE (a)-[:SAID]->(s)
}
CALL (s, row) {
  OPTIONAL MATCH (s)-[old:MADE_AT]->(x:Event)
  WHERE NOT x.id IN row.eventIds
  DELETE old
}
CALL (s, row) {
  // One MADE_AT per event any source places it at; the shown one is s.eventId.
  UNWIND row.eventIds AS eventId
  MATCH (e:Event {id: eventId})
  MERGE (s)-[:MADE_AT]->(e)
}
CALL (s, row) {
  UNWIND row.evidenceIds AS evidenceId
  MATCH (ev:Evidence {id: evidenceId})
  MERGE (s)-[:SUPPORTED_BY]->(ev)
}
