// Relationships by id, with their ends and evidence (the shape network-edges returns); missing ids are absent.
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
