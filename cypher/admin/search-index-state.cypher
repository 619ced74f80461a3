// The fulltext index search.cypher needs: no row when it does not exist (a first seed interrupted before it was
// built), else its state (ONLINE, POPULATING, FAILED).
SHOW FULLTEXT INDEXES YIELD name, state
WHERE name = 'search_claims'
RETURN state
