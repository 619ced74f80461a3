// Actors of a bulk first seed (server/store/neo4j/bulk-seed.ts), all new: the same node as write/actors leaves,
// made with CREATE. Why: MERGE of a SUPPORTED_BY link first looks through the actor's links for one, so a hub actor
// supported by thousands of spans costs the square of them; a new node has none. DISTINCT, as MERGE would not repeat
// a link that a row lists twice. searchText is set here, with the node (bulk-seed.ts), not by write/search-texts.
UNWIND $rows AS row
CREATE (a:Actor {id: row.id})
SET a.name = row.name,
    a.nameLower = toLower(row.name),
    a.kind = row.kind,
    a.aliases = row.aliases,
    a.roles = row.roles,
    a.claims = row.claims,
    a.reportedBy = row.reportedBy,
    a.disputedFields = row.disputedFields,
    a.searchText = row.searchText,
    a.aliasesText = reduce(t = '', x IN row.aliases | t + CASE t WHEN '' THEN '' ELSE ' · ' END + x)
FOREACH (_ IN CASE WHEN row.disputed THEN [1] ELSE [] END | SET a:Disputed)
WITH a, row
CALL (a, row) {
  UNWIND row.evidenceIds AS evidenceId
  WITH DISTINCT evidenceId
  MATCH (ev:Evidence {id: evidenceId})
  CREATE (a)-[:SUPPORTED_BY]->(ev)
}
