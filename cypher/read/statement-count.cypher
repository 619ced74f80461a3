// How many statements match the same filter as statement-page.
MATCH (s:Statement)
WHERE ($speakerId IS NULL OR EXISTS { MATCH (:Actor {id: $speakerId})-[:SAID]->(s) })
RETURN count(s) AS total
