// The stored claims (JSON strings, see server/store/neo4j/claim-codec.ts) of subjects of any type, by id.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Actor {id: id}) RETURN n
  UNION
  MATCH (n:Event {id: id}) RETURN n
  UNION
  MATCH (n:Statement {id: id}) RETURN n
  UNION
  MATCH (n:Relationship {id: id}) RETURN n
}
RETURN n.id AS id, coalesce(n.claims, []) AS claims
