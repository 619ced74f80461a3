// Whether a bulk first seed is loading (cypher/write/seed-started.cypher): the graph is then partial. A label
// lookup, cheap enough to ask before reads (at most once a second: server/store/neo4j/seed-watch.ts).
RETURN EXISTS { MATCH (:SeedInProgress) } AS seeding
