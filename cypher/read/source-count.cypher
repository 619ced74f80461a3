// How many sources match the same filters as source-page, ignoring the cursor.
MATCH (s:Source)
WHERE ($ids IS NULL OR s.id IN $ids)
  AND ($publisher IS NULL OR s.publisher = $publisher)
  AND ($search IS NULL OR toLower(s.publisher) CONTAINS $search OR toLower(s.title) CONTAINS $search)
RETURN count(s) AS total
