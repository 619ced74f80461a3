// Whether the graph holds any node the writer could otherwise CREATE (server/store/neo4j/write-steps.ts): only
// on a graph without them does it know, from its own batches, which ids are new.
RETURN EXISTS { MATCH (:Evidence) } OR EXISTS { MATCH (:Event) } OR EXISTS { MATCH (:Statement) }
    OR EXISTS { MATCH (:Relationship) } AS holdsFacts
