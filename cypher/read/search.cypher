// Candidates from the fulltext index: a subject's claims, from which the adapter builds the same per-source
// candidates as the embedded store (search-candidates.ts), or a source's title and text. $query is built from escaped
// terms; labels are fixed here, never taken from input.
CALL db.index.fulltext.queryNodes('search_claims', $query) YIELD node
RETURN
  CASE WHEN node:Actor THEN 'Actor' WHEN node:Event THEN 'Event' WHEN node:Statement THEN 'Statement' ELSE 'Source' END
    AS type,
  node.id AS id,
  CASE WHEN node:Source THEN [] ELSE node.claims END AS claims,
  CASE WHEN node:Source THEN node.title ELSE null END AS title,
  CASE WHEN node:Source THEN node.text ELSE null END AS text
