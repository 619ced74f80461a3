// (outer)-[:QUOTES]->(inner), from each inner statement's quotedInId (last article wins). Runs after all
// statements exist, because an outer statement may be listed after the one it quotes.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
CALL (s, row) {
  OPTIONAL MATCH (s)<-[old:QUOTES]-(x:Statement)
  WHERE row.quotedInId IS NULL OR x.id <> row.quotedInId
  DELETE old
}
CALL (s, row) {
  MATCH (outer:Statement {id: row.quotedInId})
  MERGE (outer)-[:QUOTES]->(s)
}
