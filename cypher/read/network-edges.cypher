// The relationships in the window whose ends are both among $actorIds, by (sortKey, id). The ends are found by
// their ids (a unique-index seek) rather than by testing every actor: with an `$actorIds IS NULL OR` branch the
// planner scanned all actors (network-edges-all.cypher answers the no-seeds case). See docs/benchmarks.md.
MATCH (a:Actor) WHERE a.id IN $actorIds
MATCH (a)<-[:FROM]-(r:Relationship)-[:TO]->(b:Actor)
WHERE b.id IN $actorIds
  AND ($windowed = false
    OR ($from IS NULL AND $to IS NULL)
    OR ((r.earliest IS NOT NULL OR r.latest IS NOT NULL) AND (
         ($match = 'OVERLAPS'
           AND coalesce(r.earliest, r.latest) <= coalesce($to, '9999-12-31')
           AND coalesce(r.latest, r.earliest) >= coalesce($from, '0000-01-01'))
      OR ($match = 'POSSIBLY'
           AND coalesce(r.earliest, '0000-01-01') <= coalesce($to, '9999-12-31')
           AND coalesce(r.latest, '9999-12-31') >= coalesce($from, '0000-01-01'))
      OR ($match = 'WITHIN'
           AND r.earliest IS NOT NULL AND r.latest IS NOT NULL
           AND r.earliest >= coalesce($from, '0000-01-01') AND r.latest <= coalesce($to, '9999-12-31')))))
RETURN r {
  .id, .type, .edtf, .earliest, .latest, .precision, .label,
  sourceId: a.id,
  targetId: b.id,
  // Unsorted: a sorted COLLECT subquery per relationship was half of this query around a hub (docs/benchmarks.md);
  // toRelationship (map-records.ts) puts the one or two spans in order.
  evidence: [(r)-[:SUPPORTED_BY]->(ev:Evidence) | ev { .sourceId, .start, .`end`, .quote }]
} AS relationship
ORDER BY r.sortKey, r.id
