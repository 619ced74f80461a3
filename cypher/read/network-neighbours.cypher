// One breadth-first step: actors one relationship away from the frontier, over relationships in the window.
// $windowed = false traverses every relationship; with a window, undated relationships are never traversed.
MATCH (a:Actor)<-[:FROM|TO]-(r:Relationship)-[:FROM|TO]->(b:Actor)
WHERE a.id IN $frontier
  AND ($windowed = false
    OR ($from IS NULL AND $to IS NULL)
    OR ($match = 'WITHIN' AND r.earliest IS NOT NULL AND r.latest IS NOT NULL
        AND r.earliest >= coalesce($from, '0000-01-01') AND r.latest <= coalesce($to, '9999-12-31'))
    OR ($match = 'OVERLAPS' AND r.edtf IS NOT NULL
        AND coalesce(r.earliest, '0000-01-01') <= coalesce($to, '9999-12-31')
        AND coalesce(r.latest, '9999-12-31') >= coalesce($from, '0000-01-01')))
RETURN DISTINCT b.id AS id
