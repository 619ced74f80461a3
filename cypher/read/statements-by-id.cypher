// Full statements for a list of ids; the speaker is read back from its relationship.
MATCH (s:Statement)
WHERE s.id IN $ids
RETURN s {
  .id, .text, .kind, .edtf, .earliest, .latest, .precision, .label, .reportedBy, .disputedFields,
  speakerId: COLLECT { MATCH (a:Actor)-[:SAID]->(s) RETURN a.id }[0],
  // The shown event and outer statement; MADE_AT and QUOTES link every one a source claims.
  eventId: s.eventId,
  quotedInId: s.quotedInId,
  quoteIds: COLLECT {
    MATCH (s)-[:QUOTES]->(inner:Statement)
    RETURN inner.id ORDER BY inner.id
  },
  evidence: COLLECT {
    MATCH (s)-[:SUPPORTED_BY]->(ev:Evidence)
    RETURN ev { .sourceId, .start, .`end`, .quote } ORDER BY ev.sourceId, ev.start, ev.`end`
  }
} AS statement
