// Who the source says it got its story from; evidence ids on the relationship, unioned across loads.
UNWIND $rows AS row
MATCH (s:Source {id: row.sourceId})
MATCH (a:Actor {id: row.actorId})
MERGE (s)-[c:CITES]->(a)
WITH c, row, coalesce(c.evidenceIds, []) AS old
SET c.evidenceIds = old + [x IN row.evidenceIds WHERE NOT x IN old]
