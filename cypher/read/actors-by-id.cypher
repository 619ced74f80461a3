// Full actors for a list of ids (one round trip for a whole page or DataLoader batch); order is restored by the caller.
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a {
  .id, .name, .kind, .aliases, .roles, .reportedBy, .disputedFields,
  evidence: COLLECT {
    MATCH (a)-[:SUPPORTED_BY]->(ev:Evidence)
    RETURN ev { .sourceId, .start, .`end`, .quote } ORDER BY ev.sourceId, ev.start, ev.`end`
  }
} AS actor
