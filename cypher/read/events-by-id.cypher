// Full events for a list of ids; lists come out in the order both stores promise.
MATCH (e:Event)
WHERE e.id IN $ids
RETURN e {
  .id, .title, .kind, .description, .location, .edtf, .earliest, .latest, .precision, .label, .reportedBy, .disputedFields,
  participants: COLLECT {
    MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
    RETURN { actorId: a.id, role: p.role } ORDER BY a.id, p.role
  },
  links: COLLECT {
    MATCH (e)-[l:LINKS_TO]->(t:Event)
    RETURN {
      type: l.type,
      targetId: t.id,
      evidence: COLLECT {
        MATCH (ev:Evidence) WHERE ev.id IN l.evidenceIds
        RETURN ev { .sourceId, .start, .`end`, .quote } ORDER BY ev.sourceId, ev.start, ev.`end`
      }
    } ORDER BY t.id, l.type
  },
  statementIds: COLLECT {
    MATCH (s:Statement)-[:MADE_AT]->(e)
    RETURN s.id ORDER BY s.id
  },
  evidence: COLLECT {
    MATCH (e)-[:SUPPORTED_BY]->(ev:Evidence)
    RETURN ev { .sourceId, .start, .`end`, .quote } ORDER BY ev.sourceId, ev.start, ev.`end`
  }
} AS event
