// Subjects no source makes a claim about any more (after a re-seed or a removal): gone, with their links.
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
DETACH DELETE n
