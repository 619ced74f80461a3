// The seeds that exist; with no ids asked for, every actor is a seed.
MATCH (a:Actor)
WHERE size($ids) = 0 OR a.id IN $ids
RETURN a.id AS id
