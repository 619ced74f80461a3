// Actors: scalars follow the last article; aliases and roles (JSON strings) are unioned in first-seen order.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
WITH a, row, coalesce(a.aliases, []) AS oldAliases, coalesce(a.roles, []) AS oldRoles
SET a.name = row.name,
    a.nameLower = toLower(row.name),
    a.kind = row.kind,
    a.aliases = oldAliases + [x IN row.aliases WHERE NOT x IN oldAliases],
    a.roles = oldRoles + [r IN row.roles WHERE NOT r IN oldRoles]
// The fulltext index reads one string; " · " keeps aliases apart as words.
SET a.aliasesText = reduce(t = '', x IN a.aliases | t + CASE t WHEN '' THEN '' ELSE ' · ' END + x)
WITH a, row
CALL (a, row) {
  UNWIND row.evidenceIds AS evidenceId
  MATCH (ev:Evidence {id: evidenceId})
  MERGE (a)-[:SUPPORTED_BY]->(ev)
}
