// How many statements match the same filter as statement-page.
MATCH (s:Statement)
WHERE ($speakerId IS NULL OR EXISTS { MATCH (:Actor {id: $speakerId})-[:SAID]->(s) })
  AND ($sourceIds IS NULL OR any(x IN s.reportedBy WHERE x IN $sourceIds))
RETURN count(s) AS total
