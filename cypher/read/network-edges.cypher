// The relationships in the window whose ends are both among $actorIds (null: any actors), by (sortKey, id), without
// their evidence (a subquery per relationship was two thirds of this read; relationships-by-id reads it when asked).
MATCH (a:Actor)<-[:FROM]-(r:Relationship)-[:TO]->(b:Actor)
WHERE ($actorIds IS NULL OR (a.id IN $actorIds AND b.id IN $actorIds))
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
  .id, .type, .edtf, .earliest, .latest, .precision, .label, .reportedBy, .disputedFields,
  sourceId: a.id,
  targetId: b.id
} AS relationship
ORDER BY r.sortKey, r.id
