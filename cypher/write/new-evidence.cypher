// Evidence nodes the writer knows to be new (see server/store/neo4j/write-steps.ts): CREATE, without the MERGE's
// lookup and lock per row. The uniqueness constraint still guards the id: a node that did exist fails the batch.
UNWIND $rows AS row
MATCH (s:Source {id: row.sourceId})
CREATE (ev:Evidence {id: row.id, sourceId: row.sourceId, start: row.start, `end`: row.end, quote: row.quote})-[:IN]->(s)
