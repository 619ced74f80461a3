// A re-seeded or removed source's evidence and citations go; the write puts back what its new document holds.
MATCH (s:Source)
WHERE s.id IN $sourceIds
CALL (s) {
  MATCH (s)<-[:IN]-(ev:Evidence)
  DETACH DELETE ev
}
CALL (s) {
  MATCH (s)-[c:CITES]->(:Actor)
  DELETE c
}
