// What the search index reads on each actor, event and statement (server/store/search-candidates.ts), by type.
UNWIND $rows AS row
CALL (row) {
  MATCH (n:Actor {id: row.id}) WHERE row.type = 'Actor' RETURN n
  UNION
  MATCH (n:Event {id: row.id}) WHERE row.type = 'Event' RETURN n
  UNION
  MATCH (n:Statement {id: row.id}) WHERE row.type = 'Statement' RETURN n
}
SET n.searchText = row.searchText
