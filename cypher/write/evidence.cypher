// Every span the article cites, once per (source, start, end): facts from several articles share these nodes.
UNWIND $rows AS row
MATCH (s:Source {id: row.sourceId})
MERGE (ev:Evidence {id: row.id})
SET ev.sourceId = row.sourceId, ev.start = row.start, ev.`end` = row.end, ev.quote = row.quote
MERGE (ev)-[:IN]->(s)
