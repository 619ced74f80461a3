// Actors without their evidence, for pages that show names and roles (a hub's evidence is hundreds of spans).
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a { .id, .name, .kind, .aliases, .roles, .reportedBy, .disputedFields } AS actor
