// One keyset page of actor ids by (name, id); $limit is one more than the page so the caller sees if more follow.
// $search is already lower-cased; null means no filter.
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($search IS NULL OR a.nameLower CONTAINS $search OR any(x IN a.aliases WHERE toLower(x) CONTAINS $search))
  AND ($afterKey IS NULL OR a.name > $afterKey OR (a.name = $afterKey AND a.id > $afterId))
RETURN a.id AS id, a.name AS key
ORDER BY a.name, a.id
LIMIT $limit
