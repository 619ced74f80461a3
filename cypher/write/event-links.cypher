// Links between events, one per (source, type, target); their evidence is a list of Evidence ids on the
// relationship (a relationship cannot point at a node), unioned across articles. Runs after all events exist.
UNWIND $rows AS row
MATCH (e:Event {id: row.sourceId})
MATCH (t:Event {id: row.targetId})
MERGE (e)-[l:LINKS_TO {type: row.type}]->(t)
WITH l, row, coalesce(l.evidenceIds, []) AS old
SET l.evidenceIds = old + [x IN row.evidenceIds WHERE NOT x IN old]
