// (outer)-[:QUOTES]->(inner), one for each statement any source says quotes the inner one (quotedInIds); the shown
// one is inner.quotedInId. Runs after all statements exist, because an outer statement may be listed after the one it
// quotes.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
SET s.quotedInId = row.quotedInId
WITH s, row
CALL (s, row) {
  OPTIONAL MATCH (s)<-[old:QUOTES]-(x:Statement)
  WHERE NOT x.id IN row.quotedInIds
  DELETE old
}
CALL (s, row) {
  UNWIND row.quotedInIds AS outerId
  MATCH (outer:Statement {id: outerId})
  MERGE (outer)-[:QUOTES]->(s)
}
