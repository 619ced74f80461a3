// Actor relationships, reified so they can carry a date and evidence; every field is reconciled from all sources'
// claims by the writer.
UNWIND $rows AS row
MERGE (r:Relationship {id: row.id})
SET r.type = row.type,
    r.edtf = row.edtf,
    r.earliest = row.earliest,
    r.latest = row.latest,
    r.precision = row.precision,
    r.label = row.label,
    r.sortKey = row.sortKey
SET r.claims = row.claims,
    r.reportedBy = row.reportedBy,
    r.disputedFields = row.disputedFields
// :Disputed marks nodes with a disputed field, for Query.disputes (read/dispute-page).
REMOVE r:Disputed
FOREACH (_ IN CASE WHEN row.disputed THEN [1] ELSE [] END | SET r:Disputed)
WITH r, row
CALL (r, row) {
  OPTIONAL MATCH (r)-[old:FROM]->(x:Actor)
  WHERE x.id <> row.sourceId
  DELETE old
}
CALL (r, row) {
  OPTIONAL MATCH (r)-[old:TO]->(x:Actor)
  WHERE x.id <> row.targetId
  DELETE old
}
CALL (r, row) {
  MATCH (a:Actor {id: row.sourceId})
  MATCH (b:Actor {id: row.targetId})
  MERGE (r)-[:FROM]->(a)
  MERGE (r)-[:TO]->(b)
}
CALL (r, row) {
  UNWIND row.evidenceIds AS evidenceId
  MATCH (ev:Evidence {id: evidenceId})
  MERGE (r)-[:SUPPORTED_BY]->(ev)
}
