// Candidates from the fulltext index, with the text a hit is shown and ranked by (see snippet.ts).
// $query is built from escaped terms; labels are fixed here, never taken from input.
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
RETURN
  CASE WHEN node:Actor THEN 'ACTOR' WHEN node:Event THEN 'EVENT' ELSE 'STATEMENT' END AS kind,
  node.id AS id,
  CASE
    WHEN node:Actor THEN reduce(t = node.name, x IN coalesce(node.aliases, []) | t + ' · ' + x)
    WHEN node:Event THEN node.title + ' — ' + coalesce(node.description, '')
    ELSE node.text
  END AS text,
  score
