// One keyset page of the ids of relationships an actor is either end of, by (sortKey, id).
// DISTINCT: a relationship from an actor to itself is reached by both its FROM and its TO.
MATCH (:Actor {id: $actorId})<-[:FROM|TO]-(r:Relationship)
WITH DISTINCT r
WHERE $afterKey IS NULL OR r.sortKey > $afterKey OR (r.sortKey = $afterKey AND r.id > $afterId)
RETURN r.id AS id, r.sortKey AS key
ORDER BY r.sortKey, r.id
LIMIT $limit
