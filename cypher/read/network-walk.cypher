// The network around seeds in one round trip, with no date window: breadth-first layers f1..f3 ($depth <= 3, the
// port's MAX_NETWORK_DEPTH), kept as node lists (no id lookups, no paths; FROM and TO only ever join a Relationship
// to an Actor); s1, s2 are the actors seen so far, w the walked relationships.
// Expanding layer k-1 finds every relationship touching it, and all their ends are reached when k <= $depth, so
// they are collected as the walk goes; only the last layer is expanded once more, for the relationships between
// two of its own actors. `x IN list` with one list over many rows is a hashed check (the runtime caches it).
MATCH (s:Actor) WHERE s.id IN $ids
WITH collect(s) AS f0
CALL (f0) {
  UNWIND f0 AS a
  MATCH (a)<-[:FROM|TO]-(r)-[:FROM|TO]->(b) WHERE $depth > 0
  RETURN collect(r) AS r1, collect(DISTINCT CASE WHEN NOT b IN f0 THEN b END) AS f1
}
WITH f0, f1, r1, f0 + f1 AS s1
CALL (f1, s1) {
  UNWIND f1 AS a
  MATCH (a)<-[:FROM|TO]-(r)-[:FROM|TO]->(b) WHERE $depth > 1
  RETURN collect(r) AS r2, collect(DISTINCT CASE WHEN NOT b IN s1 THEN b END) AS f2
}
WITH f0, f1, f2, r1 + r2 AS w, s1 + f2 AS s2
CALL (f2, s2) {
  UNWIND f2 AS a
  MATCH (a)<-[:FROM|TO]-(r)-[:FROM|TO]->(b) WHERE $depth > 2
  RETURN collect(r) AS r3, collect(DISTINCT CASE WHEN NOT b IN s2 THEN b END) AS f3
}
// The last layer's own relationships join the walked ones (w repeats some; DISTINCT below). Rows, not one row of
// two lists: the driver decodes one huge record several times slower. p = 0: the actors (sorted by name apart);
// p = 1: the edges by (sortKey, id), as the port promises. Each a list in the order network-reads.ts names its
// fields: map keys repeated on every row were a quarter of the bytes.
WITH s2 + f3 AS n, w + r3 + COLLECT {
  WITH [f0, f1, f2, f3][$depth] AS l
  UNWIND l AS a
  MATCH (a)<-[:FROM]-(r)-[:TO]->(b) WHERE b IN l
  RETURN r
} AS w
CALL (n, w) {
  UNWIND n AS a
  RETURN 0 AS p, [a.id, a.name, a.kind, a.aliases, a.roles, a.reportedBy, a.disputedFields] AS v, '' AS k
  UNION ALL
  UNWIND w AS r
  WITH DISTINCT r
  MATCH (a)<-[:FROM]-(r)-[:TO]->(b)
  RETURN 1 AS p, [r.id, r.type, r.edtf, r.earliest, r.latest, r.precision, r.label, r.reportedBy, r.disputedFields,
    a.id, b.id] AS v, r.sortKey AS k
}
RETURN p, v ORDER BY p, k, v[0]
