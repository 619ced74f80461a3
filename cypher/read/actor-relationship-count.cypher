// How many relationships an actor is either end of (the total of actor-relationship-page).
MATCH (:Actor {id: $actorId})<-[:FROM|TO]-(r:Relationship)
RETURN count(DISTINCT r) AS total
