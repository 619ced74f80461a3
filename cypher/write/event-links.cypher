// Links between events, one per (source, type, target); their evidence is a list of Evidence ids on the
// relationship (a relationship cannot point at a node): every source's, from the claims. Runs after all events exist.
UNWIND $rows AS row
MATCH (e:Event {id: row.sourceId})
MATCH (t:Event {id: row.targetId})
MERGE (e)-[l:LINKS_TO {type: row.type}]->(t)
SET l.evidenceIds = row.evidenceIds
