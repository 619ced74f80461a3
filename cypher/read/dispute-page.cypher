// Disputed fields, by (subject id, field), after the keyset cursor; one row more than asked, to tell if more follow.
MATCH (n:Disputed)
UNWIND n.disputedFields AS field
WITH n, field
WHERE $afterKey IS NULL OR n.id > $afterKey OR (n.id = $afterKey AND field > $afterId)
RETURN n.id AS id, field, coalesce(n.claims, []) AS claims
ORDER BY n.id, field
LIMIT $limit
