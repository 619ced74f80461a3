// How many actors match the same filters as actor-page, ignoring the cursor.
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($search IS NULL OR a.nameLower CONTAINS $search OR any(x IN a.aliases WHERE toLower(x) CONTAINS $search))
RETURN count(a) AS total
