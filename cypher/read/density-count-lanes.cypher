// Per lane of $lanes ('p:day', 'k:meeting', 'a:<actor id>'; cypher/write/density-counts.cypher), the items whose
// anchor day (epoch day number) lies in [$first, $last], per bucket of $width days from $first (none: empty lists);
// an actor lane's label is the actor's name.
UNWIND $lanes AS lane
OPTIONAL MATCH (a:Actor {id: substring(lane, 2)})
WHERE lane STARTS WITH 'a:'
CALL (lane) {
  MATCH (d:DensityCount {lane: lane})
  WHERE d.day >= $first AND d.day <= $last
  WITH (d.day - $first) / $width AS bucket, sum(d.n) AS n
  ORDER BY bucket
  RETURN collect(bucket) AS buckets, collect(n) AS counts
}
RETURN lane, a.name AS label, buckets, counts
