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
// The last layer's own relationships join the walked ones. The answer comes in rows of up to 200 actors (p = 0) or
// edges (p = 1), each a list of field lists in the order network-reads.ts names them (map keys repeated on every
// item were a quarter of the bytes), claim lists only without $lean. Not one row: the driver decodes one huge record
// several times slower; not a row per item: 27k records cost a third more than 140 (Bolt framing, Record objects).
// Unsorted: the reader sorts actors by name and edges by their date's sort key and id, as the port promises (an
// ORDER BY of a hub's 27k rows was a third of this query's time).
WITH s2 + f3 AS n, w + r3 + COLLECT {
  WITH [f0, f1, f2, f3][$depth] AS l
  UNWIND l AS a
  MATCH (a)<-[:FROM]-(r)-[:TO]->(b) WHERE b IN l
  RETURN [r, a, b]
} AS w
UNWIND [[0, n], [1, w]] AS pw
WITH pw[0] AS p, pw[1] AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
WITH p, xs[i..i + 200] AS b
RETURN p, CASE p
  WHEN 0 THEN [a IN b | [a.id, a.name, a.kind]
    + CASE WHEN $lean THEN [] ELSE [a.aliases, a.roles, a.reportedBy, a.disputedFields] END]
  ELSE [t IN b | [t[0].id, t[0].type, t[0].edtf, t[0].earliest, t[0].latest, t[0].precision, t[0].label, t[1].id,
      t[2].id] + CASE WHEN $lean THEN [] ELSE [t[0].reportedBy, t[0].disputedFields] END]
  END AS v
