// Every actor, event, statement or relationship some of these sources supports with evidence: the subjects whose
// claims change when the sources are re-seeded or removed.
MATCH (s:Source)<-[:IN]-(:Evidence)<-[:SUPPORTED_BY]-(n)
WHERE s.id IN $sourceIds
RETURN DISTINCT n.id AS id
