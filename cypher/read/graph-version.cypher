// The graph version cypher/write/graph-version.cypher last wrote; null on a graph no seed has written.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.version AS version
