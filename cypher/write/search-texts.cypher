// What the search index reads on each actor, event and statement (server/store/search-candidates.ts).
UNWIND $rows AS row
CALL (row) {
  MATCH (n:Actor {id: row.id}) RETURN n
  UNION
  MATCH (n:Event {id: row.id}) RETURN n
  UNION
  MATCH (n:Statement {id: row.id}) RETURN n
}
SET n.searchText = row.searchText
