// Actors as a page names them: id, name and kind. A hub's reportedBy runs to thousands of article ids; on a month
// page's ~470 actors those lists were most of the bytes Neo4j sent and the driver decoded (docs/benchmarks.md).
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a { .id, .name, .kind } AS actor
