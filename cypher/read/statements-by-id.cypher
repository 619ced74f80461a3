// Full statements for a list of ids; speaker, event and quotedIn are read back from their relationships.
MATCH (s:Statement)
WHERE s.id IN $ids
RETURN s {
  .id, .text, .kind, .edtf, .earliest, .latest, .precision, .label, .reportedBy, .disputedFields,
  speakerId: COLLECT { MATCH (a:Actor)-[:SAID]->(s) RETURN a.id }[0],
  eventId: COLLECT { MATCH (s)-[:MADE_AT]->(e:Event) RETURN e.id }[0],
  quotedInId: COLLECT { MATCH (outer:Statement)-[:QUOTES]->(s) RETURN outer.id }[0],
  quoteIds: COLLECT {
    MATCH (s)-[:QUOTES]->(inner:Statement)
    RETURN inner.id ORDER BY inner.id
  },
  evidence: COLLECT {
    MATCH (s)-[:SUPPORTED_BY]->(ev:Evidence)
    RETURN ev { .sourceId, .start, .`end`, .quote } ORDER BY ev.sourceId, ev.start, ev.`end`
  }
} AS statement
