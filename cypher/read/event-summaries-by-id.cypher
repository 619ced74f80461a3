// Events for a timeline page that shows none of their links, statements or evidence: the properties and the
// participants only. events-by-id.cypher's links (with their evidence), statement ids and evidence spans were most
// of a month page's db hits; the GraphQL resolvers read those through the loaders if a query selects them.
MATCH (e:Event)
WHERE e.id IN $ids
RETURN e {
  .id, .title, .kind, .description, .location, .edtf, .earliest, .latest, .precision, .label, .reportedBy, .disputedFields,
  participants: COLLECT {
    MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
    RETURN { actorId: a.id, role: p.role } ORDER BY a.id, p.role
  }
} AS event
