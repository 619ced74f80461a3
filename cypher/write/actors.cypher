// Actors: every field is the value reconciled from all sources' claims (server/domain/claims), computed by the
// writer; aliases and roles (JSON strings) are the whole union.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name,
    a.nameLower = toLower(row.name),
    a.kind = row.kind,
    a.aliases = row.aliases,
    a.roles = row.roles
SET a.claims = row.claims,
    a.reportedBy = row.reportedBy,
    a.disputedFields = row.disputedFields
// :Disputed marks nodes with a disputed field, for Query.disputes (read/dispute-page).
REMOVE a:Disputed
FOREACH (_ IN CASE WHEN row.disputed THEN [1] ELSE [] END | SET a:Disputed)
// The fulltext index reads one string; " · " keeps aliases apart as words.
SET a.aliasesText = reduce(t = '', x IN a.aliases | t + CASE t WHEN '' THEN '' ELSE ' · ' END + x)
WITH a, row
CALL (a, row) {
  UNWIND row.evidenceIds AS evidenceId
  MATCH (ev:Evidence {id: evidenceId})
  MERGE (a)-[:SUPPORTED_BY]->(ev)
}
