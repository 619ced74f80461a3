// Subjects no source makes a claim about any more (after a re-seed or a removal): gone, with their links. By type:
// an actor and an event may share an id.
UNWIND $rows AS row
CALL (row) {
  MATCH (n:Actor {id: row.id}) WHERE row.type = 'Actor' RETURN n
  UNION
  MATCH (n:Event {id: row.id}) WHERE row.type = 'Event' RETURN n
  UNION
  MATCH (n:Statement {id: row.id}) WHERE row.type = 'Statement' RETURN n
  UNION
  MATCH (n:Relationship {id: row.id}) WHERE row.type = 'Relationship' RETURN n
}
DETACH DELETE n
