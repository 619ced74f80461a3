// Statements: everything but evidence follows the last article, so a speaker or event that changed is re-pointed.
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
    s:TimelineItem
// Labels the timeline's window queries read apart (server/store/neo4j/span-reach.ts); a re-load re-derives them.
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
  WHERE row.eventId IS NULL OR x.id <> row.eventId
  DELETE old
}
CALL (s, row) {
  // {id: null} matches nothing, so a statement without an event gets no MADE_AT.
  MATCH (e:Event {id: row.eventId})
  MERGE (s)-[:MADE_AT]->(e)
}
CALL (s, row) {
  UNWIND row.evidenceIds AS evidenceId
  MATCH (ev:Evidence {id: evidenceId})
  MERGE (s)-[:SUPPORTED_BY]->(ev)
}
