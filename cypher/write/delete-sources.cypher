// Removed sources (`npm run seed -- --remove <source-id>`), after their evidence and claims are gone.
MATCH (s:Source)
WHERE s.id IN $sourceIds
DETACH DELETE s
