// One keyset page of source ids by (publishedAt, id); $limit is one more than the page so the caller sees if more
// follow. $search is already lower-cased and matches the publisher or the title; $publisher is exact; $ids a list
// of at most a hundred ids. Each is null for no filter.
MATCH (s:Source)
WHERE ($ids IS NULL OR s.id IN $ids)
  AND ($publisher IS NULL OR s.publisher = $publisher)
  AND ($search IS NULL OR toLower(s.publisher) CONTAINS $search OR toLower(s.title) CONTAINS $search)
  AND ($afterKey IS NULL OR s.publishedAt > $afterKey OR (s.publishedAt = $afterKey AND s.id > $afterId))
RETURN s.id AS id, s.publishedAt AS key
ORDER BY s.publishedAt, s.id
LIMIT $limit
