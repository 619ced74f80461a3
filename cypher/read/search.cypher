// Candidates from the fulltext index, for the adapter to rank as the embedded store does (search-candidates.ts): a
// source's title and text, or a subject's searchText, its candidates' texts one per line in the order of reportedBy
// (its sources, sorted), as the writer stored them. A subject's claims, from which the same candidates are built, are
// read only when those do not line up (a text holding a line break, or a graph seeded before searchText): they are
// several times larger. $query is built from escaped terms; labels are fixed here, never taken from input.
CALL db.index.fulltext.queryNodes('search_claims', $query) YIELD node
WITH node, node:Source AS isSource,
     node.searchText IS NOT NULL AND size(split(node.searchText, '\n')) = size(node.reportedBy) AS linesUp
RETURN
  CASE WHEN node:Actor THEN 'Actor' WHEN node:Event THEN 'Event' WHEN node:Statement THEN 'Statement' ELSE 'Source' END
    AS type,
  node.id AS id,
  CASE WHEN isSource OR linesUp THEN [] ELSE node.claims END AS claims,
  CASE WHEN linesUp AND NOT isSource THEN node.searchText ELSE null END AS searchText,
  CASE WHEN linesUp AND NOT isSource THEN node.reportedBy ELSE null END AS sourceIds,
  CASE WHEN isSource THEN node.title ELSE null END AS title,
  CASE WHEN isSource THEN node.text ELSE null END AS text
