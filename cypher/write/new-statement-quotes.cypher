// The QUOTES links of a bulk first seed (server/store/neo4j/bulk-seed.ts), after all its statements: the links
// write/statement-quotes leaves, made with CREATE, with no old link to look for (every statement is new) and only
// for statements that are quoted (quotedInIds holds each outer statement once).
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
SET s.quotedInId = row.quotedInId
WITH s, row
CALL (s, row) {
  UNWIND row.quotedInIds AS outerId
  MATCH (outer:Statement {id: outerId})
  CREATE (outer)-[:QUOTES]->(s)
}
