// Statements for a timeline page that shows none of their quotes or evidence: statements-by-id.cypher without
// them (the GraphQL resolvers read those through the loaders if a query selects them).
MATCH (s:Statement)
WHERE s.id IN $ids
RETURN s {
  .id, .text, .kind, .edtf, .earliest, .latest, .precision, .label, .reportedBy, .disputedFields,
  speakerId: COLLECT { MATCH (a:Actor)-[:SAID]->(s) RETURN a.id }[0],
  eventId: s.eventId,
  quotedInId: s.quotedInId
} AS statement
