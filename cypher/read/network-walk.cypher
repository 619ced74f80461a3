// The network around seeds in one round trip, with no date window: breadth-first layers f1..f3 ($depth <= 3, the
// port's MAX_NETWORK_DEPTH), kept as node lists (no id lookups, no paths; FROM and TO only ever join a Relationship
// to an Actor); s1, s2 are the actors seen so far.
// Each relationship is kept once, as [r, its FROM end, its TO end], where the walk finds it: expanding layer k
// keeps those whose far end b is new or in layer k itself (those back to an earlier layer were kept when that layer
// was expanded; one between two actors of layer k, or a self-relationship, only from its FROM end, e). So no
// DISTINCT over relationships and no second match for their ends. Only the last layer is expanded once more, for
// the relationships between two of its own actors. `x IN list` with one list over many rows is a hashed check.
// $lean: only the fields network-reads.ts's NetworkLinks holds (no aliases, roles or claim lists).
MATCH (s:Actor) WHERE s.id IN $ids
WITH collect(s) AS f0
CALL (f0) {
  UNWIND f0 AS a
  MATCH (a)<-[e:FROM|TO]-(r)-[:FROM|TO]->(b) WHERE $depth > 0
  WITH a, e, r, b, b IN f0 AS same
  RETURN collect(CASE WHEN NOT same OR type(e) = 'FROM' THEN CASE type(e) WHEN 'FROM' THEN [r, a, b] ELSE [r, b, a] END END) AS r1,
    collect(DISTINCT CASE WHEN NOT same THEN b END) AS f1
}
WITH f0, f1, r1, f0 + f1 AS s1
CALL (f0, f1, s1) {
  UNWIND f1 AS a
  MATCH (a)<-[e:FROM|TO]-(r)-[:FROM|TO]->(b) WHERE $depth > 1 AND NOT b IN f0
  WITH a, e, r, b, b IN f1 AS same
  RETURN collect(CASE WHEN NOT same OR type(e) = 'FROM' THEN CASE type(e) WHEN 'FROM' THEN [r, a, b] ELSE [r, b, a] END END) AS r2,
    collect(DISTINCT CASE WHEN NOT same THEN b END) AS f2
}
WITH f0, f1, f2, r1 + r2 AS w, s1 + f2 AS s2, s1
CALL (s1, f2) {
  UNWIND f2 AS a
  MATCH (a)<-[e:FROM|TO]-(r)-[:FROM|TO]->(b) WHERE $depth > 2 AND NOT b IN s1
  WITH a, e, r, b, b IN f2 AS same
  RETURN collect(CASE WHEN NOT same OR type(e) = 'FROM' THEN CASE type(e) WHEN 'FROM' THEN [r, a, b] ELSE [r, b, a] END END) AS r3,
    collect(DISTINCT CASE WHEN NOT same THEN b END) AS f3
}
// The last layer's own relationships join the walked ones. Rows, not one row of two lists: the driver decodes one
// huge record several times slower. p = 0: the actors; p = 1: the edges with their sortKey k. Unsorted: the reader
// sorts actors by name and edges by (k, id), as the port promises (an ORDER BY of the 27k rows of a hub's depth-2
// network was a third of this query's time). Each a list in the order network-reads.ts names its fields: map keys
// repeated on every row were a quarter of the bytes.
WITH s2 + f3 AS n, w + r3 + COLLECT {
  WITH [f0, f1, f2, f3][$depth] AS l
  UNWIND l AS a
  MATCH (a)<-[:FROM]-(r)-[:TO]->(b) WHERE b IN l
  RETURN [r, a, b]
} AS w
CALL (n, w) {
  UNWIND n AS a
  RETURN 0 AS p, CASE WHEN $lean THEN [a.id, a.name, a.kind]
    ELSE [a.id, a.name, a.kind, a.aliases, a.roles, a.reportedBy, a.disputedFields] END AS v, null AS k
  UNION ALL
  UNWIND w AS t
  WITH t[0] AS r, t[1].id AS source, t[2].id AS target
  RETURN 1 AS p, CASE WHEN $lean THEN [r.id, r.type, r.edtf, r.earliest, r.latest, r.precision, r.label, source, target]
    ELSE [r.id, r.type, r.edtf, r.earliest, r.latest, r.precision, r.label, r.reportedBy, r.disputedFields, source,
      target] END AS v, r.sortKey AS k
}
RETURN p, v, k
