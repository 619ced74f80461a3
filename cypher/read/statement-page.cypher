// One keyset page of statement ids by (sortKey, id), optionally for one speaker and some
// reporting sources (null: any).
MATCH (s:Statement)
WHERE ($speakerId IS NULL OR EXISTS { MATCH (:Actor {id: $speakerId})-[:SAID]->(s) })
  AND ($sourceIds IS NULL OR any(x IN s.reportedBy WHERE x IN $sourceIds))
  AND ($afterKey IS NULL OR s.sortKey > $afterKey OR (s.sortKey = $afterKey AND s.id > $afterId))
RETURN s.id AS id, s.sortKey AS key
ORDER BY s.sortKey, s.id
LIMIT $limit
