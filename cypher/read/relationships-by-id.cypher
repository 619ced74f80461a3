// Full relationships for a list of ids; order is restored by the caller.
MATCH (a:Actor)<-[:FROM]-(r:Relationship)-[:TO]->(b:Actor)
WHERE r.id IN $ids
RETURN r {
  .id, .type, .edtf, .earliest, .latest, .precision, .label, .reportedBy, .disputedFields,
  sourceId: a.id,
  targetId: b.id,
  evidence: COLLECT {
    MATCH (r)-[:SUPPORTED_BY]->(ev:Evidence)
    RETURN ev { .sourceId, .start, .`end`, .quote } ORDER BY ev.sourceId, ev.start, ev.`end`
  }
} AS relationship
