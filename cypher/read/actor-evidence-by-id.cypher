// Each actor's evidence, read only when a request asks for Actor.evidence; same order as actors-by-id.
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, COLLECT {
  MATCH (a)-[:SUPPORTED_BY]->(ev:Evidence)
  RETURN ev { .sourceId, .start, .`end`, .quote } ORDER BY ev.sourceId, ev.start, ev.`end`
} AS evidence
