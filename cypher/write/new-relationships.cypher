// Relationships the writer knows to be new (see server/store/neo4j/write-steps.ts): the same node as
// write/relationships leaves, made with CREATE, and with no old ends to look for and delete.
UNWIND $rows AS row
CREATE (r:Relationship {id: row.id})
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
FOREACH (_ IN CASE WHEN row.disputed THEN [1] ELSE [] END | SET r:Disputed)
WITH r, row
CALL (r, row) {
  MATCH (a:Actor {id: row.sourceId})
  MATCH (b:Actor {id: row.targetId})
  CREATE (r)-[:FROM]->(a)
  CREATE (r)-[:TO]->(b)
}
CALL (r, row) {
  UNWIND row.evidenceIds AS evidenceId
  WITH DISTINCT evidenceId
  MATCH (ev:Evidence {id: evidenceId})
  CREATE (r)-[:SUPPORTED_BY]->(ev)
}
