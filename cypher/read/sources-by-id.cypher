// Full sources (with their text and citations) for a list of ids.
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s {
  .id, .title, .publisher, .publishedAt, .url, .text,
  citations: COLLECT {
    MATCH (s)-[c:CITES]->(a:Actor)
    RETURN {
      actorId: a.id,
      evidence: COLLECT {
        MATCH (ev:Evidence) WHERE ev.id IN c.evidenceIds
        RETURN ev { .sourceId, .start, .`end`, .quote } ORDER BY ev.sourceId, ev.start, ev.`end`
      }
    } ORDER BY a.id
  }
} AS source
