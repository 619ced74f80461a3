// One breadth-first step: actors one relationship away from the frontier, over relationships in the window.
// $windowed = false traverses every relationship; with a window, undated relationships are never traversed.
MATCH (a:Actor)<-[:FROM|TO]-(r:Relationship)-[:FROM|TO]->(b:Actor)
WHERE a.id IN $frontier
  // The date window, as server/store/window.ts defines it: no bounds matches everything; an item needs a
  // known bound; OVERLAPS reads an open end as the known one, POSSIBLY as forever, WITHIN needs both inside.
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
RETURN DISTINCT b.id AS id
